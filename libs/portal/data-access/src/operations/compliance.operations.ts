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
      recurrenceMonths
      renewalWindowDays
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

export const compliancePeopleQuery = graphql(`
  query CompliancePeople($orgUnitId: ID!, $requirementId: ID, $first: Int, $offset: Int) {
    compliancePeople(orgUnitId: $orgUnitId, requirementId: $requirementId, first: $first, offset: $offset) {
      totalCount
      items {
        requirementId
        userId
        fullName
        state
        dueAt
        extended
        completedAt
        exemptionReason
        extensionReason
        allowedActions
        orgUnit {
          id
          name
        }
      }
    }
  }
`);

export const exemptFromRequirementMutation = graphql(`
  mutation ExemptFromRequirement($input: RequirementExemptionInput!) {
    exemptFromRequirement(input: $input) {
      requirementId
      userId
      state
    }
  }
`);

export const extendRequirementDueDateMutation = graphql(`
  mutation ExtendRequirementDueDate($input: RequirementExtensionInput!) {
    extendRequirementDueDate(input: $input) {
      requirementId
      userId
      state
      dueAt
    }
  }
`);

export const removeRequirementExemptionMutation = graphql(`
  mutation RemoveRequirementExemption($requirementId: ID!, $userId: ID!) {
    removeRequirementExemption(requirementId: $requirementId, userId: $userId)
  }
`);

export const removeRequirementExtensionMutation = graphql(`
  mutation RemoveRequirementExtension($requirementId: ID!, $userId: ID!) {
    removeRequirementExtension(requirementId: $requirementId, userId: $userId)
  }
`);

export const myTrainingRequirementsQuery = graphql(`
  query MyTrainingRequirements {
    myTrainingRequirements {
      requirementId
      title
      state
      dueAt
      extended
      completedAt
      expiresAt
      renewalOpensAt
      dueForRenewal
      hours
      audience
      coveredThrough {
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

export const myReminderPreferencesQuery = graphql(`
  query MyReminderPreferences {
    myReminderPreferences {
      muteOptional
    }
  }
`);

export const setReminderPreferencesMutation = graphql(`
  mutation SetReminderPreferences($muteOptional: Boolean!) {
    setReminderPreferences(muteOptional: $muteOptional) {
      muteOptional
    }
  }
`);
