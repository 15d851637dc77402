import { graphql } from '../generated/gql';

export const complianceReportQuery = graphql(`
  query ComplianceReport($requirementId: ID, $orgUnitId: ID) {
    complianceReport(requirementId: $requirementId, orgUnitId: $orgUnitId) {
      total {
        orgUnit {
          id
          name
          parent {
            id
          }
        }
        required
        completed
        overdue
        rate
      }
      rows {
        orgUnit {
          id
          name
          childCount
        }
        required
        completed
        overdue
        rate
      }
    }
  }
`);

export const trainingRequirementsQuery = graphql(`
  query TrainingRequirements {
    trainingRequirements {
      id
      title
      audiences
      hours
      dueAt
      assignedCount
      orgUnit {
        id
        name
      }
      course {
        id
        title
      }
      track {
        code
        title
      }
    }
  }
`);

export const createTrainingRequirementMutation = graphql(`
  mutation CreateTrainingRequirement($input: TrainingRequirementInput!) {
    createTrainingRequirement(input: $input) {
      id
      title
      assignedCount
    }
  }
`);
