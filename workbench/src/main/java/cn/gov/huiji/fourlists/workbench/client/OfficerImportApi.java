package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * list-service's import of the officers' register from a spreadsheet (执法人员批量导入, R-LIST-9; role legal): the file
 * goes as it is, typed by its kind; every row is checked first and nothing is loaded unless all are right. On the
 * import client (config key list-import) because one trace per officer takes longer than a read may.
 */
@RegisterRestClient(configKey = "list-import")
@Path("/api/v1/officers/import")
public interface OfficerImportApi {

    @POST
    @Consumes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    JsonNode importXlsx(@HeaderParam("Authorization") String bearer, byte[] spreadsheet);

    @POST
    @Consumes("text/csv")
    JsonNode importCsv(@HeaderParam("Authorization") String bearer, byte[] csv);
}
