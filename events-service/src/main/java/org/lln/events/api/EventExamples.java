package org.lln.events.api;

/**
 * OpenAPI examples drawn from the founding document (seeds/kampot-clc-workshop-2025.txt): the Kampot
 * CLC workshop of 6-9 May 2025, its site visit and meetings, and INRULED's missions to Cambodia.
 */
final class EventExamples {

    private EventExamples() {}

    static final String KAMPOT_INPUT = """
            {
              "code": "kampot-clc-workshop-2025",
              "title": "Capacity building workshop for Community Learning Centres",
              "description": "Strengthening the management and operational capacities of rural CLCs, promoting skills development and advancing lifelong learning systems in Cambodia. 116 local education administrators and CLC managers took part.",
              "type": "WORKSHOP",
              "status": "COMPLETED",
              "startDate": "2025-05-06",
              "endDate": "2025-05-09",
              "timeZone": "Asia/Phnom_Penh",
              "attendanceMode": "IN_PERSON",
              "location": {"venue": null, "locality": "Kampot", "subdivisionCode": "KH-7", "countryCode": "KH"},
              "organizerId": "5b1e9c3a-7d2f-4e8a-b6c4-2a9d8e7f6c10",
              "seriesId": "7c6b5a49-3827-4615-9e4d-3c2b1a0f9e66",
              "participants": [
                {"partnerId": "5b1e9c3a-7d2f-4e8a-b6c4-2a9d8e7f6c10", "role": "ORGANIZER", "count": null},
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "INVITED_EXPERT", "count": 2},
                {"partnerId": "2c7d4e9f-1a3b-4c5d-8e6f-7a8b9c0d1e22", "role": "PRESENTER", "count": 1}
              ],
              "attendeeCount": 116,
              "sessions": [
                {"title": "Trends and Best Practices of CLCs in Rural China", "startsAt": null, "deliveryMode": "LIVE",
                 "speakers": [{"name": "Dr. Qi Xinjian", "role": "Assistant Director", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"},
                              {"name": "Ms. Wu Yunfei", "role": "Programme Coordinator", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"}],
                 "topics": ["education-for-sustainable-rural-development", "needs-assessment", "resource-mobilisation", "stakeholder-engagement"]},
                {"title": "School-based curriculum: The Life of Cotton", "startsAt": null, "deliveryMode": "RECORDED",
                 "speakers": [{"name": "Ms. Gu Yifan", "role": null, "partnerId": "2c7d4e9f-1a3b-4c5d-8e6f-7a8b9c0d1e22"}],
                 "topics": ["esd", "cultural-heritage"]}
              ],
              "topics": ["clc-capacity-building", "skills-development", "lifelong-learning"],
              "outcomes": "INRULED's third invitation to support CLC capacity building in Cambodia, after missions in March and April 2024."
            }""";

    static final String SITE_VISIT_INPUT = """
            {
              "code": "kampot-2025-saint-francois-visit",
              "title": "Visit to Saint François Technical High School",
              "description": "Campus infrastructure, teaching facilities and programmes in agriculture and tourism; exchanges with leadership and teaching staff on vocational education.",
              "type": "SITE_VISIT",
              "status": "COMPLETED",
              "startDate": "2025-05-08",
              "endDate": "2025-05-08",
              "timeZone": "Asia/Phnom_Penh",
              "attendanceMode": "IN_PERSON",
              "location": {"venue": "Saint François Technical High School", "locality": null, "subdivisionCode": null, "countryCode": "KH"},
              "parentId": "0b7e6a52-9d7c-4c6b-8f0e-1a2b3c4d5e6f",
              "participants": [
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "DELEGATION", "count": null},
                {"partnerId": "6e5d4c3b-2a19-4f8e-9d7c-6b5a4f3e2d33", "role": "HOST", "count": null}
              ],
              "topics": ["tvet", "curriculum-relevance", "skills-training"]
            }""";

    static final String MEETING_INPUT = """
            {
              "code": "kampot-2025-seameo-ted-meeting",
              "title": "Meeting with SEAMEO TED",
              "type": "MEETING",
              "status": "COMPLETED",
              "startDate": "2025-05-09",
              "endDate": "2025-05-09",
              "timeZone": "Asia/Phnom_Penh",
              "parentId": "0b7e6a52-9d7c-4c6b-8f0e-1a2b3c4d5e6f",
              "participants": [
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "DELEGATION", "count": null},
                {"partnerId": "4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c55", "role": "HOST", "count": null}
              ],
              "topics": ["tvet", "digital-transformation", "skills-development"],
              "outcomes": "A shared understanding of key priorities; several areas for future collaboration identified."
            }""";

    static final String KAMPOT = """
            {
              "id": "0b7e6a52-9d7c-4c6b-8f0e-1a2b3c4d5e6f",
              "code": "kampot-clc-workshop-2025",
              "title": "Capacity building workshop for Community Learning Centres",
              "description": "Strengthening the management and operational capacities of rural CLCs, promoting skills development and advancing lifelong learning systems in Cambodia. 116 local education administrators and CLC managers took part.",
              "type": "WORKSHOP",
              "status": "COMPLETED",
              "startDate": "2025-05-06",
              "endDate": "2025-05-09",
              "timeZone": "Asia/Phnom_Penh",
              "attendanceMode": "IN_PERSON",
              "location": {"venue": null, "locality": "Kampot", "subdivisionCode": "KH-7", "countryCode": "KH"},
              "organizerId": "5b1e9c3a-7d2f-4e8a-b6c4-2a9d8e7f6c10",
              "parentId": null,
              "seriesId": "7c6b5a49-3827-4615-9e4d-3c2b1a0f9e66",
              "participants": [
                {"partnerId": "5b1e9c3a-7d2f-4e8a-b6c4-2a9d8e7f6c10", "role": "ORGANIZER", "count": null},
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "INVITED_EXPERT", "count": 2},
                {"partnerId": "2c7d4e9f-1a3b-4c5d-8e6f-7a8b9c0d1e22", "role": "PRESENTER", "count": 1}
              ],
              "attendeeCount": 116,
              "sessions": [
                {"title": "Trends and Best Practices of CLCs in Rural China", "startsAt": null, "deliveryMode": "LIVE",
                 "speakers": [{"name": "Dr. Qi Xinjian", "role": "Assistant Director", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"},
                              {"name": "Ms. Wu Yunfei", "role": "Programme Coordinator", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"}],
                 "topics": ["education-for-sustainable-rural-development"]},
                {"title": "School-based curriculum: The Life of Cotton", "startsAt": null, "deliveryMode": "RECORDED",
                 "speakers": [{"name": "Ms. Gu Yifan", "role": null, "partnerId": "2c7d4e9f-1a3b-4c5d-8e6f-7a8b9c0d1e22"}],
                 "topics": ["esd", "cultural-heritage"]}
              ],
              "topics": ["clc-capacity-building", "skills-development", "lifelong-learning"],
              "outcomes": "INRULED's third invitation to support CLC capacity building in Cambodia, after missions in March and April 2024.",
              "version": 0,
              "createdAt": "2025-05-10T08:00:00Z",
              "updatedAt": "2025-05-10T08:00:00Z",
              "updatedBy": {"subject": "moeys-dnfie-registry", "partnerId": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a80"}
            }""";

    static final String COMPLETE_PATCH = """
            {"status": "COMPLETED", "attendeeCount": 116}""";

    static final String KAMPOT_ICS = """
            BEGIN:VCALENDAR
            PRODID:-//LLN Cooperation Suite//events-service//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            BEGIN:VTIMEZONE
            TZID:Asia/Phnom_Penh
            BEGIN:STANDARD
            DTSTART:20240506T070000
            TZOFFSETFROM:+0700
            TZOFFSETTO:+0700
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:0b7e6a52-9d7c-4c6b-8f0e-1a2b3c4d5e6f@events.lln
            SUMMARY:Capacity building workshop for Community Learning Centres
            STATUS:CONFIRMED
            DTSTART;VALUE=DATE:20250506
            DTEND;VALUE=DATE:20250510
            LOCATION:Kampot, KH-7, KH
            ORGANIZER;CN=Department of Non-Formal and Inclusive Education:urn:uuid:5b1e9c3a-7d2f-4e8a-b6c4-2a9d8e7f6c10
            END:VEVENT
            END:VCALENDAR
            """;

    static final String SERIES_INPUT = """
            {
              "code": "inruled-clc-missions-cambodia",
              "title": "INRULED missions supporting CLC capacity building in Cambodia",
              "description": "UNESCO INRULED's invitations to support Community Learning Centres in Cambodia: March 2024, April 2024 and the Kampot workshop of May 2025."
            }""";

    static final String SERIES = """
            {
              "id": "7c6b5a49-3827-4615-9e4d-3c2b1a0f9e66",
              "code": "inruled-clc-missions-cambodia",
              "title": "INRULED missions supporting CLC capacity building in Cambodia",
              "description": "UNESCO INRULED's invitations to support Community Learning Centres in Cambodia: March 2024, April 2024 and the Kampot workshop of May 2025.",
              "events": [
                {"sequence": 1, "id": "1d2c3b4a-5968-4776-8a5b-4c3d2e1f0a77", "code": "inruled-clc-mission-2024-03", "title": "INRULED CLC mission to Cambodia, March 2024",
                 "type": "MISSION", "status": "COMPLETED", "startDate": "2024-03-01", "endDate": "2024-03-31"},
                {"sequence": 2, "id": "2e3d4c5b-6a79-4887-9b6c-5d4e3f2a1b88", "code": "inruled-clc-mission-2024-04", "title": "INRULED CLC mission to Cambodia, April 2024",
                 "type": "MISSION", "status": "COMPLETED", "startDate": "2024-04-01", "endDate": "2024-04-30"},
                {"sequence": 3, "id": "0b7e6a52-9d7c-4c6b-8f0e-1a2b3c4d5e6f", "code": "kampot-clc-workshop-2025", "title": "Capacity building workshop for Community Learning Centres",
                 "type": "WORKSHOP", "status": "COMPLETED", "startDate": "2025-05-06", "endDate": "2025-05-09"}
              ],
              "version": 3,
              "createdAt": "2025-05-10T08:00:00Z",
              "updatedAt": "2025-05-10T08:05:00Z",
              "updatedBy": {"subject": "moeys-dnfie-registry", "partnerId": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a80"}
            }""";

    static final String SERIES_PATCH = """
            {"description": "INRULED's CLC missions to Cambodia since 2024."}""";
}
