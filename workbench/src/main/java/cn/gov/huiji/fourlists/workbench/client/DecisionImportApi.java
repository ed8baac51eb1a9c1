package cn.gov.huiji.fourlists.workbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * disclosure-service's import of decisions from a spreadsheet (决定批量导入, R-LIST-11; role legal): the file goes as it
 * is, typed by its kind, for licensing or penalty decisions; every row is checked first and nothing is received unless
 * all are right (201 DecisionImportResult; 400 with errors[].field = row[N].列名). On its own client (config key
 * disclosure-import) because one trace per decision, and a fine weighed by list-service, take longer than a read may.
 */
@RegisterRestClient(configKey = "disclosure-import")
@Path("/api/v1/decisions/import")
public interface DecisionImportApi {

    @POST
    @Consumes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    JsonNode importXlsx(@HeaderParam("Authorization") String bearer, @QueryParam("kind") String kind, byte[] spreadsheet);

    @POST
    @Consumes("text/csv")
    JsonNode importCsv(@HeaderParam("Authorization") String bearer, @QueryParam("kind") String kind, byte[] csv);
}
