package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scenarios and the realistic substitution estimate through the integration API. */
@ExtendWith(Portal.class)
class SubstitutionApiIT {

  private final Portal portal = Portal.get();

  @Test
  void theFiguresOfAScenarioComeYearByYearWithTheirSourcesAndOnlyForTheCallersDepartments()
      throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    JsonNode scenarios = Api.json(sam.get("/scenarios"));
    assertThat(scenarios.size()).isGreaterThanOrEqualTo(3);
    long base = -1;
    for (JsonNode s : scenarios) {
      if (s.get("name").asText().equals("Base")) {
        base = s.get("id").asLong();
      }
      s.get("assumptions").forEach(a -> assertThat(a.get("source").asText()).isNotBlank());
    }
    assertThat(base).isPositive();

    JsonNode report = Api.json(sam.get("/reports/substitution?scenario=" + base));
    int years = report.get("years").size();
    assertThat(years).isEqualTo(11);
    assertThat(report.get("organisation")).hasSize(years);
    JsonNode first = report.get("organisation").get(0);
    double naive = first.get("naiveExposure").get("share").asDouble();
    double technical = first.get("technicallySubstitutable").get("share").asDouble();
    double realistic = first.get("realisticSubstitution").get("share").asDouble();
    assertThat(naive).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(technical);
    assertThat(technical).isGreaterThanOrEqualTo(realistic);
    assertThat(first.get("fte").asDouble()).isPositive();

    // the roles a page at a time, with their count and where the next page is
    int roles = report.get("roleCount").asInt();
    assertThat(report.get("roles")).hasSize(roles);
    assertThat(report.has("next")).as("the demo's roles fit one page").isFalse();
    JsonNode page = Api.json(sam.get("/reports/substitution?scenario=" + base + "&limit=2"));
    assertThat(page.get("roles")).hasSize(2);
    assertThat(page.get("roleCount").asInt()).isEqualTo(roles);
    assertThat(page.get("organisation")).as("whole on every page").hasSize(years);
    JsonNode second =
        Api.json(
            sam.get(
                page.get("next")
                    .asText()
                    .substring(page.get("next").asText().indexOf("/reports"))));
    assertThat(second.get("offset").asInt()).isEqualTo(2);
    assertThat(second.get("roles").get(0).get("key").asText())
        .isEqualTo(report.get("roles").get(2).get("key").asText());
    assertThat(sam.get("/reports/substitution?scenario=" + base + "&limit=0").statusCode())
        .isEqualTo(400);

    JsonNode own =
        Api.json(Api.as(portal, DemoUser.HEDDA).get("/reports/substitution?scenario=" + base));
    Set<String> departments = new HashSet<>();
    own.get("departments").forEach(d -> departments.add(d.get("key").asText()));
    assertThat(departments).containsExactly("FIN");
    assertThat(Api.as(portal, DemoUser.HEDDA).get("/reports/substitution").statusCode())
        .isEqualTo(400);
    assertThat(sam.get("/reports/substitution?scenario=987654").statusCode()).isEqualTo(404);

    HttpResponse<String> table = sam.get("/reports/substitution.csv?scenario=" + base);
    assertThat(table.statusCode()).isEqualTo(200);
    assertThat(table.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<String> lines = table.body().lines().toList();
    assertThat(lines.get(0)).contains("level,key,name,department_code,year");
    int groups = 1 + report.get("departments").size() + report.get("roles").size();
    assertThat(lines).hasSize(1 + groups * years);
  }

  @Test
  void everySignedInRoleReadsTheUsEconomyBesideThePublishedEstimates() throws Exception {
    Api vic = Api.as(portal, DemoUser.VIC);
    long base = -1;
    for (JsonNode s : Api.json(vic.get("/scenarios"))) {
      base = s.get("name").asText().equals("Base") ? s.get("id").asLong() : base;
    }

    JsonNode economy = Api.json(vic.get("/reports/economy?scenario=" + base));
    assertThat(economy.get("libraryRelease").asText()).isEqualTo("O*NET 27.0");
    assertThat(economy.get("economy")).hasSize(economy.get("years").size());
    assertThat(economy.get("economy").get(0).get("naiveExposure").get("share").asDouble())
        .isBetween(0.2, 0.8);
    assertThat(economy.get("coverage").get("employmentCountedShare").asDouble())
        .isGreaterThan(0.95);
    assertThat(economy.get("occupations").size()).isGreaterThan(900);
    List<String> estimates = economy.get("publishedEstimates").findValuesAsText("citation");
    assertThat(estimates)
        .anySatisfy(c -> assertThat(c).contains("Frey"))
        .anySatisfy(c -> assertThat(c).contains("Eloundou"));
    assertThat(vic.get("/reports/economy").statusCode()).isEqualTo(400);
    assertThat(vic.get("/reports/economy?scenario=987654").statusCode()).isEqualTo(404);
  }
}
