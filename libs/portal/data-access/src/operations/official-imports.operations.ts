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

export const rejectedRowFieldsFragment = graphql(`
  fragment RejectedRowFields on RejectedRow {
    row
    field
    message
    reason
  }
`);

/** Polled while the import runs: its counts, and the first page of its rejected rows. */
export const officialImportQuery = graphql(`
  query OfficialImport($id: ID!) {
    officialImport(id: $id) {
      ...OfficialImportFields
      rejectedRows {
        ...RejectedRowFields
      }
    }
  }
`);

/** The rejected rows after `after` (the last row shown). */
export const officialImportRejectedRowsQuery = graphql(`
  query OfficialImportRejectedRows($id: ID!, $first: Int, $after: Int) {
    officialImport(id: $id) {
      id
      rejectedRows(first: $first, after: $after) {
        ...RejectedRowFields
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

/** The dry run: what importing the file would do now; nothing is written. */
export const officialImportPreviewQuery = graphql(`
  query OfficialImportPreview($input: StartOfficialImportInput!) {
    officialImportPreview(input: $input) {
      totalRows
      createCount
      updateCount
      rejectedCount
      changes {
        row
        outcome
        fullName
        email
        phone
        orgUnitCode
      }
      rejectedRows {
        ...RejectedRowFields
      }
      rejectedRowsCsv
    }
  }
`);

export const officialImportRejectedRowsCsvQuery = graphql(`
  query OfficialImportRejectedRowsCsv($id: ID!) {
    officialImportRejectedRowsCsv(id: $id)
  }
`);
