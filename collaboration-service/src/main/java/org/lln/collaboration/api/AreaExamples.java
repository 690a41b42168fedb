package org.lln.collaboration.api;

/**
 * OpenAPI examples drawn from the founding document (seeds/kampot-clc-workshop-2025.txt): the
 * meetings of 9 May 2025 with the MoEYS Department of Digital Transformation and SEAMEO TED
 * "identified several areas for future collaboration".
 */
final class AreaExamples {

    private AreaExamples() {}

    static final String TVET_INPUT = """
            {
              "code": "regional-tvet-cooperation",
              "title": "Regional cooperation in technical and vocational education",
              "description": "Strengthening vocational education, curriculum relevance and skills training that meets industry needs, as discussed with SEAMEO TED and Saint François Technical High School in May 2025.",
              "theme": "TVET",
              "dimensions": ["ECONOMIC", "SOCIAL"],
              "partners": [
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "LEAD"},
                {"partnerId": "5c3e9d1a-7b2f-4e8a-9c6d-1f0e2d3c4b5a", "role": "MEMBER"}
              ],
              "originEventIds": ["6e2d8c4b-1a3f-4b5e-8d7c-9f0a1b2c3d4e"],
              "sdgTargets": ["4.3", "4.4"]
            }""";

    static final String DIGITAL_INPUT = """
            {
              "code": "digital-transformation-in-education",
              "title": "Digital transformation in education",
              "theme": "DIGITAL_TRANSFORMATION",
              "dimensions": ["SOCIAL", "ECONOMIC"],
              "partners": [
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "MEMBER"},
                {"partnerId": "2b7c4d6e-8f9a-4b1c-a2d3-e4f5a6b7c8d9", "role": "LEAD"}
              ],
              "originEventIds": ["6e2d8c4b-1a3f-4b5e-8d7c-9f0a1b2c3d4e"],
              "sdgTargets": ["4.4", "4.a"]
            }""";

    static final String ESD_INPUT = """
            {
              "code": "esd-rural-clcs",
              "title": "Education for sustainable rural development in CLCs",
              "description": "INRULED's framework across the four dimensions of rural development, with school-based curricula such as The Life of Cotton.",
              "theme": "ESD",
              "dimensions": ["ECONOMIC", "SOCIAL", "CULTURAL", "ENVIRONMENTAL"],
              "partners": [{"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "LEAD"}],
              "originEventIds": [],
              "sdgTargets": ["4.7"]
            }""";

    static final String TVET = """
            {
              "id": "d1c2b3a4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "code": "regional-tvet-cooperation",
              "title": "Regional cooperation in technical and vocational education",
              "description": "Strengthening vocational education, curriculum relevance and skills training that meets industry needs, as discussed with SEAMEO TED and Saint François Technical High School in May 2025.",
              "theme": "TVET",
              "dimensions": ["ECONOMIC", "SOCIAL"],
              "status": "IDENTIFIED",
              "partners": [
                {"partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01", "role": "LEAD"},
                {"partnerId": "5c3e9d1a-7b2f-4e8a-9c6d-1f0e2d3c4b5a", "role": "MEMBER"}
              ],
              "originEventIds": ["6e2d8c4b-1a3f-4b5e-8d7c-9f0a1b2c3d4e"],
              "sdgTargets": ["4.3", "4.4"],
              "actions": [],
              "version": 0,
              "createdAt": "2025-05-12T03:00:00Z",
              "updatedAt": "2025-05-12T03:00:00Z",
              "updatedBy": {"subject": "inruled-registry", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"}
            }""";

    static final String SDG_PATCH = """
            {"sdgTargets": ["4.3", "4.4", "4.7"], "description": null}""";

    static final String PROPOSE = """
            {"to": "PROPOSED", "note": "Concept note circulated to SEAMEO TED after the meeting of 9 May 2025."}""";

    static final String HISTORY = """
            {
              "items": [
                {"from": null, "to": "IDENTIFIED", "note": null, "at": "2025-05-12T03:00:00Z",
                 "actor": {"subject": "inruled-registry", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"}},
                {"from": "IDENTIFIED", "to": "PROPOSED", "note": "Concept note circulated to SEAMEO TED after the meeting of 9 May 2025.", "at": "2025-06-02T02:30:00Z",
                 "actor": {"subject": "lln-secretariat", "partnerId": null}}
              ],
              "page": 0, "size": 20, "totalItems": 2, "totalPages": 1
            }""";

    static final String ACTION_INPUT = """
            {
              "title": "Share the curriculum of The Life of Cotton with Kampot CLC managers",
              "ownerPartnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01",
              "dueDate": "2025-09-30",
              "status": "OPEN"
            }""";

    static final String ACTION = """
            {
              "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
              "title": "Share the curriculum of The Life of Cotton with Kampot CLC managers",
              "ownerPartnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01",
              "dueDate": "2025-09-30",
              "status": "OPEN",
              "overdue": false,
              "version": 0,
              "createdAt": "2025-05-12T03:10:00Z",
              "updatedAt": "2025-05-12T03:10:00Z",
              "updatedBy": {"subject": "inruled-registry", "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"}
            }""";

    static final String ACTION_DONE_PATCH = """
            {"status": "DONE"}""";

    static final String REFUSED = """
            {
              "type": "urn:lln:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Collaboration area regional-tvet-cooperation is COMPLETED; it cannot move to ACTIVE. COMPLETED is closed: no transition leaves it.",
              "instance": "/collaboration-areas/d1c2b3a4-5e6f-4a7b-8c9d-0e1f2a3b4c5d/transitions",
              "errors": [{"field": "to", "message": "Collaboration area regional-tvet-cooperation is COMPLETED; it cannot move to ACTIVE. COMPLETED is closed: no transition leaves it."}]
            }""";
}
