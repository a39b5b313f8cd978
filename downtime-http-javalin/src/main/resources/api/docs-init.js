// Starts Swagger UI on the OpenAPI document named by the page (kept out of the HTML so no inline script is needed).
window.addEventListener('load', function () {
  var element = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({ url: element.getAttribute('data-spec-url'), dom_id: '#swagger-ui', deepLinking: true });
});
