package cn.gov.huiji.fourlists.adjustment.rest;

import cn.gov.huiji.fourlists.adjustment.domain.DocumentFile;
import cn.gov.huiji.fourlists.adjustment.service.RequestDocuments;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import cn.gov.huiji.fourlists.kernel.security.ActorResolver;
import cn.gov.huiji.fourlists.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The files of the documents behind a request's trigger (依据文件原件), attached by the applying section. */
@Path("/api/v1/requests/{id}/document-files")
@Tag(name = "requests")
@SecurityRequirement(name = "keycloak")
public class DocumentFileResource {

    private final RequestDocuments documents;
    private final ActorResolver actors;

    public DocumentFileResource(RequestDocuments documents, ActorResolver actors) {
        this.documents = documents;
        this.actors = actors;
    }

    @Schema(description = "An attached document file (依据文件)")
    public record DocumentFileView(UUID id, @Schema(description = "File name (文件名)") String fileName,
                                   @Schema(description = "Type recognised from the content (文件类型)") String mediaType,
                                   @Schema(description = "Size in bytes (大小)") long size,
                                   @Schema(description = "SHA-256 of the file, also in the trace (摘要)") String sha256,
                                   String attachedBy, OffsetDateTime attachedAt) {
        static DocumentFileView of(DocumentFile f) {
            return new DocumentFileView(f.id, f.fileName, f.mediaType, f.size, f.sha256, f.attachedBy, f.attachedAt);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD})
    @Operation(summary = "Attach the file of a document (上传依据文件); roles clerk, section-head of the applying section",
            description = "Multipart field `file`. PDF, OFD, Word (.docx), PNG or JPEG, recognised from the content; at most 10 MiB; "
                    + "at most 20 per request; only while the request is a DRAFT or RETURNED. 415 for another type, 413 when too large, "
                    + "409 in another state, 403 for another section. The trace records the file's SHA-256.")
    @APIResponse(responseCode = "201", description = "Attached (已上传)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DocumentFileView.class), examples = @ExampleObject(name = "pdf", value = """
            {"id": "0b6c2f1e-7d3a-4e5b-9c8d-1a2b3c4d5e6f", "fileName": "安全生产法（2021年修正）.pdf", "mediaType": "application/pdf", "size": 182304, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "attachedBy": "clerk", "attachedAt": "2026-12-05T09:30:00+08:00"}""")))
    public Response attach(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "a multipart field named file is required", "请选择要上传的文件");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentFile attached = documents.attach(id, file.fileName(), content, actors.current());
        return Response.created(UriBuilder.fromPath("/api/v1/requests/{id}/document-files/{file}").build(id, attached.id))
                .entity(DocumentFileView.of(attached)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE, Roles.DISCIPLINE})
    @Operation(summary = "The request's document files (依据文件列表)")
    public List<DocumentFileView> list(@PathParam("id") UUID id) {
        return documents.of(id, actors.current()).stream().map(DocumentFileView::of).toList();
    }

    @GET
    @Path("/{file}")
    @Produces({"application/pdf", "application/ofd", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "image/png", "image/jpeg"})
    @RolesAllowed({Roles.CLERK, Roles.SECTION_HEAD, Roles.LEGAL, Roles.LEADER, Roles.DISTRICT_OFFICE, Roles.DISCIPLINE})
    @Operation(summary = "One document file as attached (下载依据文件)")
    public Response content(@PathParam("id") UUID id, @PathParam("file") UUID fileId) {
        RequestDocuments.Download f = documents.one(id, fileId, actors.current());
        return Response.ok(f.content(), f.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
