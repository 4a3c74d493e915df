package org.crmkit.examples.importer;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;

/**
 * The declarative mapping of the Maven Analytics "CRM + Sales Opportunities" files: which column feeds which
 * field, how source values map to ours (stages, product and sector spellings), the date format and the defaults.
 * {@link #standard()} is the mapping for the published files; a variant changes only what differs.
 *
 * @param system          the external system name client ids are linked under
 * @param currency        the files carry no currency; every value is in this one
 * @param dateFormat      of engage_date and close_date
 * @param stages          deal_stage → stage key of {@link #pipeline()}
 * @param productAliases  spellings in sales_pipeline.csv → the name in products.csv (e.g. GTXPro → GTX Pro)
 * @param sectorAliases   sector spellings → the corrected sector (e.g. technolgy → technology)
 * @param noAccount       the name of the client that collects opportunities without an account
 * @param openAmountIsListPrice open opportunities carry no value: when true they get their product's list price
 *                        (sales_price) as amount, so the pipeline has a value; each such row is reported
 * @param chunkSize       how many opportunities are taken per chunk
 */
public record MavenSalesMapping(String system, String currency, DateTimeFormatter dateFormat,
                                Map<String, String> stages, Map<String, String> productAliases,
                                Map<String, String> sectorAliases, String noAccount, boolean openAmountIsListPrice,
                                int chunkSize) {
    public static final PipelineKey PIPELINE = PipelineKey.of("maven-sales");

    public static MavenSalesMapping standard() {
        return new MavenSalesMapping("maven-sales", "USD", DateTimeFormatter.ISO_LOCAL_DATE,
                Map.of("Prospecting", "prospecting", "Engaging", "engaging", "Won", "won", "Lost", "lost"),
                Map.of("GTXPro", "GTX Pro"), Map.of("technolgy", "technology"), "(no account)", true, 500);
    }

    /** The pipeline the files describe: prospecting (10%) → engaging (50%) → won or lost. */
    public static Pipeline pipeline() {
        return Pipeline.builder(PIPELINE, "Maven sales")
                .open("prospecting", "Prospecting", 10)
                .open("engaging", "Engaging", 50)
                .won("won", "Won")
                .lost("lost", "Lost")
                .allowForwardAndBackward()
                .allowClosingFromAnyOpenStage()
                .build();
    }
}
