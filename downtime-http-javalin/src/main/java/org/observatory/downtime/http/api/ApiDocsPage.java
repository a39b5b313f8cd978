package org.observatory.downtime.http.api;

/**
 * The page model of the API documentation page (Swagger UI served from the app's own webjar).
 *
 * @param swaggerBase path of the Swagger UI assets, e.g. {@code /webjars/swagger-ui/5.34.1}
 * @param specUrl     path of the OpenAPI document
 */
public record ApiDocsPage(String swaggerBase, String specUrl) {
}
