import { graphql } from '../generated/gql';

export const complianceLevelReportQuery = graphql(`
  query ComplianceLevelReport($requirementId: ID, $orgUnitId: ID) {
    complianceLevelReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {
      total {
        required
        completed
        rate
      }
      rows {
        levelCode
        levelName
        required
        completed
        rate
      }
    }
  }
`);

export const complianceTrendQuery = graphql(`
  query ComplianceTrend($orgUnitId: ID, $days: Int) {
    complianceTrend(orgUnitId: $orgUnitId, days: $days) {
      day
      required
      completed
      rate
    }
  }
`);

export const unitExpertsQuery = graphql(`
  query UnitExperts($kind: String) {
    unitExperts(kind: $kind) {
      orgUnit {
        id
        name
      }
      experts {
        id
        fullName
        position
      }
    }
  }
`);

export const sendComplianceReminderMutation = graphql(`
  mutation SendComplianceReminder($orgUnitId: ID!, $requirementId: ID!) {
    sendComplianceReminder(orgUnitId: $orgUnitId, requirementId: $requirementId) {
      remindedCount
    }
  }
`);
