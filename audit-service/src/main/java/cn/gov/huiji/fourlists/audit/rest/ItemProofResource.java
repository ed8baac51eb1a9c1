package cn.gov.huiji.fourlists.audit.rest;

import cn.gov.huiji.fourlists.audit.log.ItemProofs;
import cn.gov.huiji.fourlists.logverifier.ProofBundle;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The proof bundle of a published item version. Served by audit-service, which holds the log; list-service keeps
 * the lists and never signs anything.
 */
@Path("/api/v1/items/{code}/versions/{version}/proof")
@Tag(name = "Tamper-evident log")
public class ItemProofResource {

    private final ItemProofs proofs;

    public ItemProofResource(ItemProofs proofs) {
        this.proofs = proofs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Proof bundle of a published item version (事项版本可验证证明)",
            description = "Public. The version as published, the leaf of the public log that opened it, an audit path to the "
                    + "latest signed tree head, and the head's public key. Check it offline with "
                    + "`java -jar log-verifier-cli.jar verify-bundle FILE [--public-key key.pem]`: it proves what the list said "
                    + "and since when (the leaf's time). 404 not-yet-logged: the version was published less than a minute ago.")
    @APIResponse(responseCode = "200", description = "The bundle (证明包)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ProofBundle.class), examples = @ExampleObject(name = "version-1", value = """
            {"format":"fourlists-proof-bundle/1","item":"410108-AJ-XK-001","version":1,
             "content":{"code":"410108-AJ-XK-001","version":1,"list":"POWER","name":"危险化学品经营许可","status":"PUBLISHED"},
             "leafIndex":17,"leaf":"eyJhY3RvckNvbW1pdG1lbnQiOi4uLn0=","auditPath":["5f0c…","9a1e…"],
             "treeHead":{"treeSize":42,"rootHash":"c3a1…","timestamp":1764900000000,"signature":"MEUC…"},
             "publicKey":"-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA…\\n-----END PUBLIC KEY-----\\n"}""")))
    public Response proof(@Parameter(description = "Item code (事项编码)") @PathParam("code") @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String code,
                          @Parameter(description = "Version number (版本号)") @PathParam("version") @Min(1) int version) {
        return Response.ok(proofs.bundle(code, version))
                .header("Content-Disposition", "inline; filename=\"proof-" + code + "-v" + version + ".json\"").build();
    }
}
