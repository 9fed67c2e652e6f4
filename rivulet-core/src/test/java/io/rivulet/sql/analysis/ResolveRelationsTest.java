package io.rivulet.sql.analysis;

import static io.rivulet.sql.analysis.AnalyzerFixtures.analyzer;
import static io.rivulet.sql.analysis.AnalyzerFixtures.catalog;
import static io.rivulet.sql.analysis.AnalyzerFixtures.col;
import static io.rivulet.sql.analysis.AnalyzerFixtures.relation;
import static io.rivulet.sql.analysis.AnalyzerFixtures.select;
import static io.rivulet.sql.analysis.AnalyzerFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.UnresolvedRelation;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolveRelationsTest {
    private final ResolveRelations rule = new ResolveRelations();

    @Test
    void aViewBecomesItsPlanUnderItsName() {
        Catalog catalog = catalog();
        LocalRelation people = relation(AnalyzerFixtures.attr("name", DataTypes.StringType));
        catalog.createOrReplaceView("people", people);
        LogicalPlan plan = new UnresolvedRelation(List.of("People"));
        assertThat(tree(plan)).isEqualTo("""
                'UnresolvedRelation [People]
                """);
        LogicalPlan resolved = rule.apply(plan, new AnalysisContext(catalog, AnalyzerFixtures.CONF))
                .orElseThrow();
        assertThat(tree(resolved)).isEqualTo("""
                SubqueryAlias People
                +- LocalRelation [name#0]
                """);
    }

    @Test
    void theViewsColumnsCanBeQualifiedByItsName() {
        Catalog catalog = catalog();
        catalog.createOrReplaceView("t", relation(AnalyzerFixtures.attr("a", DataTypes.IntegerType)));
        LogicalPlan analyzed = analyzer(catalog).analyze(select(new UnresolvedRelation(List.of("t")), col("t.a")));
        assertThat(tree(analyzed)).isEqualTo("""
                Project [a#0]
                +- SubqueryAlias t
                   +- LocalRelation [a#0]
                """);
    }

    @Test
    void aMissingViewIsTableOrViewNotFound() {
        assertThatThrownBy(() -> analyzer(catalog()).analyze(new UnresolvedRelation(List.of("nope"))))
                .isInstanceOf(AnalysisException.class)
                .hasMessage("[TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be found. Verify the spelling"
                        + " and correctness of the schema and catalog.\nIf you did not qualify the name with a schema,"
                        + " verify the current_schema() output, or qualify the name with the correct schema and"
                        + " catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.")
                .extracting(e -> ((AnalysisException) e).errorClass())
                .isEqualTo("TABLE_OR_VIEW_NOT_FOUND");
    }

    @Test
    void aNameOfManyPartsIsNoTemporaryView() {
        Catalog catalog = catalog();
        catalog.createOrReplaceView("t", relation());
        assertThatThrownBy(() -> analyzer(catalog).analyze(new UnresolvedRelation(List.of("db", "t"))))
                .hasMessageStartingWith("[TABLE_OR_VIEW_NOT_FOUND] The table or view `db`.`t` cannot be found.");
    }

    @Test
    void doesNotFireOnOtherNodes() {
        assertThat(rule.apply(relation(), new AnalysisContext(catalog(), AnalyzerFixtures.CONF)))
                .isEmpty();
    }
}
