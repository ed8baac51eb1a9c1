package cn.gov.huiji.fourlists.list.rest;

import cn.gov.huiji.fourlists.list.service.CatalogueRevisions;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.function.Supplier;

/**
 * Conditional GET for the public reads (R-LIST-5: the portal and other bureaus poll): ETag and Last-Modified on
 * every answer, and 304 without building the body when the caller's copy is current.
 */
final class Conditional {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("public, no-cache");

    private Conditional() {
    }

    static Response respond(Request request, String tag, OffsetDateTime lastModified, Supplier<Object> body) {
        EntityTag etag = new EntityTag(tag, true);
        Date modified = Date.from(lastModified.toInstant());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, etag);
        if (notModified != null) {
            return notModified.tag(etag).lastModified(modified).cacheControl(REVALIDATE).build();
        }
        return Response.ok(body.get()).tag(etag).lastModified(modified).cacheControl(REVALIDATE).build();
    }

    /** For reads that span the lists: the lists' revision decides. */
    static Response ofCatalogue(Request request, CatalogueRevisions.Revision r, String variant, Supplier<Object> body) {
        return respond(request, "r" + r.number() + "-" + Integer.toHexString(variant.hashCode()), r.changedAt(), body);
    }
}
