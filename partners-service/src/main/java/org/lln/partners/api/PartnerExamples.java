package org.lln.partners.api;

/** OpenAPI examples drawn from the founding document (seeds/kampot-clc-workshop-2025.txt). */
final class PartnerExamples {

    private PartnerExamples() {}

    static final String INRULED_INPUT = """
            {
              "code": "unesco-inruled",
              "name": "UNESCO International Research and Training Centre for Rural Education",
              "acronym": "INRULED",
              "names": [{"lang": "zh-Hans", "value": "联合国教科文组织国际农村教育研究与培训中心", "kind": "OFFICIAL"}],
              "type": "RESEARCH_TRAINING_CENTRE",
              "countryCode": "CN",
              "identifiers": []
            }""";

    static final String DNFIE_INPUT = """
            {
              "code": "moeys-dnfie",
              "name": "Department of Non-Formal and Inclusive Education",
              "acronym": "DNFIE",
              "type": "GOVERNMENT_DEPARTMENT",
              "parentId": "3f0c2a52-52d4-4c4e-9a51-0f4a3c1d7b21",
              "countryCode": "KH"
            }""";

    static final String INRULED = """
            {
              "id": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01",
              "code": "unesco-inruled",
              "name": "UNESCO International Research and Training Centre for Rural Education",
              "acronym": "INRULED",
              "names": [{"lang": "zh-Hans", "value": "联合国教科文组织国际农村教育研究与培训中心", "kind": "OFFICIAL"}],
              "type": "RESEARCH_TRAINING_CENTRE",
              "parentId": null,
              "countryCode": "CN",
              "subdivisionCode": null,
              "locality": null,
              "website": null,
              "identifiers": [],
              "status": "ACTIVE",
              "version": 0,
              "createdAt": "2025-05-01T08:00:00Z",
              "updatedAt": "2025-05-01T08:00:00Z",
              "updatedBy": {"subject": "moeys-registry", "partnerId": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a80"}
            }""";

    static final String ARCHIVE_PATCH = """
            {"status": "ARCHIVED"}""";

    static final String ENGAGEMENTS = """
            {
              "partnerId": "8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01",
              "events": [{"eventId": "0b7e6a52-9d7c-4c6b-8f0e-1a2b3c4d5e6f", "code": "kampot-clc-workshop-2025",
                          "title": "Capacity building workshop for Community Learning Centres", "type": "WORKSHOP",
                          "status": "COMPLETED", "startDate": "2025-05-06", "endDate": "2025-05-09",
                          "roles": ["INVITED_EXPERT", "SPEAKER"]}],
              "collaborationAreas": []
            }""";
}
