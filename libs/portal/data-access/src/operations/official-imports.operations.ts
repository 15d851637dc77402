import { graphql } from '../generated/gql';

export const officialImportFieldsFragment = graphql(`
  fragment OfficialImportFields on OfficialImport {
    id
    fileName
    status
    totalRows
    processedRows
    createdCount
    updatedCount
    rejectedCount
    percent
    error
    createdAt
    finishedAt
  }
`);

export const officialImportQuery = graphql(`
  query OfficialImport($id: ID!) {
    officialImport(id: $id) {
      ...OfficialImportFields
      rejectedRows {
        row
        field
        message
        reason
      }
    }
  }
`);

export const officialImportsQuery = graphql(`
  query OfficialImports($first: Int) {
    officialImports(first: $first) {
      ...OfficialImportFields
    }
  }
`);

export const startOfficialImportMutation = graphql(`
  mutation StartOfficialImport($input: StartOfficialImportInput!) {
    startOfficialImport(input: $input) {
      ...OfficialImportFields
    }
  }
`);
