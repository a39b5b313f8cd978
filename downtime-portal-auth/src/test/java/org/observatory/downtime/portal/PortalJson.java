package org.observatory.downtime.portal;

/** Answers of the fake Observation Portal. */
final class PortalJson {

  static final String TOKEN = "{\"access_token\": \"acc-123\", \"token_type\": \"Bearer\", \"expires_in\": 36000}";

  static final String STAFF_PROFILE = """
      {"username": "eve", "email": "eve@observatory.org", "first_name": "Eve", "last_name": "Ops",
       "is_staff": true, "is_superuser": false, "tokens": {"api_token": "tok-eve"},
       "profile": {"staff_view": true, "institution": "Observatory"}, "available_instrument_types": []}
      """;

  static final String USER_PROFILE = """
      {"username": "sam", "email": "sam@uni.edu", "first_name": "Sam", "last_name": "Student",
       "is_staff": false, "is_superuser": false, "tokens": {"api_token": "tok-sam"}, "profile": {"staff_view": false}}
      """;

  static final String INVALID_GRANT =
      "{\"error\": \"invalid_grant\", \"error_description\": \"Invalid credentials given.\"}";

  private PortalJson() {
  }
}
