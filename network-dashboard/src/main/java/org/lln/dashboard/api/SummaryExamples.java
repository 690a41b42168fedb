package org.lln.dashboard.api;

/** OpenAPI examples of the dashboard's documents. */
final class SummaryExamples {

    /** The summary once the Kampot 2025 data is loaded (latest changes shortened to one). */
    static final String KAMPOT = """
            {
              "position": "m3k2x1a.19",
              "generatedAt": "2025-06-02T02:30:00Z",
              "counters": {"partners": 9, "events": 6, "eventSeries": 1, "collaborationAreas": 3, "attendees": 116, "overdueActions": 0},
              "partners": {
                "byType": {"COMMUNITY_LEARNING_CENTRE": 1, "EDUCATIONAL_INSTITUTION": 1, "GOVERNMENT_DEPARTMENT": 2,
                           "GOVERNMENT_MINISTRY": 1, "INTERGOVERNMENTAL_ORGANIZATION": 2, "RESEARCH_TRAINING_CENTRE": 1, "UN_AGENCY": 1},
                "byCountry": {"CN": 2, "KH": 5, "unspecified": 2}
              },
              "events": {
                "perMonth": [
                  {"month": "2024-03", "events": 1, "attendees": 0},
                  {"month": "2024-04", "events": 1, "attendees": 0},
                  {"month": "2025-05", "events": 4, "attendees": 116}
                ],
                "byType": {"MEETING": 2, "MISSION": 2, "SITE_VISIT": 1, "WORKSHOP": 1},
                "attendees": 116
              },
              "collaborationAreas": {
                "byStatus": {"IDENTIFIED": 3, "PROPOSED": 0, "AGREED": 0, "ACTIVE": 0, "COMPLETED": 0, "DISCONTINUED": 0},
                "byTheme": {"DIGITAL_TRANSFORMATION": 1, "SKILLS_DEVELOPMENT": 1, "TVET": 1}
              },
              "overdueActions": [],
              "latestChanges": [
                {"eventId": "5d7f3c1e-2b8a-4c6d-9e0f-1a2b3c4d5e6f", "time": "2025-06-02T02:29:58Z",
                 "resource": "collaboration-area", "action": "created", "id": "0b9e8c2a-6f4d-4e1b-8a3c-2d5e7f9a1b3c",
                 "label": "Skills development in lifelong learning", "version": 0,
                 "href": "http://localhost:8083/collaboration-areas/0b9e8c2a-6f4d-4e1b-8a3c-2d5e7f9a1b3c",
                 "swaggerUi": "http://localhost:8083/q/swagger-ui/#/Collaboration%20areas/getCollaborationArea"}
              ],
              "consumption": {"appliedChanges": 19, "skippedRecords": 0},
              "services": {"partners": "http://localhost:8081", "events": "http://localhost:8082", "collaboration": "http://localhost:8083"}
            }""";

    private SummaryExamples() {}
}
