package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * list-service's import of a list in the published layout (清单导入, R-LIST-4; role legal). The file goes as it is,
 * typed by its kind. A client of its own (config key list-import) because loading a whole list, one trace per item,
 * takes longer than the other reads are allowed to.
 */
@RegisterRestClient(configKey = "list-import")
@Path("/api/v1/lists/{list}/import")
public interface ListImportApi {

    @POST
    @Consumes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    JsonNode importXlsx(@HeaderParam("Authorization") String bearer, @PathParam("list") String list, byte[] spreadsheet);

    @POST
    @Consumes("text/csv")
    JsonNode importCsv(@HeaderParam("Authorization") String bearer, @PathParam("list") String list, byte[] csv);
}
