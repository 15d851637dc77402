import { graphql } from '../generated/gql';

export const orgUnitFieldsFragment = graphql(`
  fragment OrgUnitFields on OrgUnit {
    id
    code
    name
    kind
    childCount
    memberCount
    allowedActions
  }
`);

export const orgTreeActionsQuery = graphql(`
  query OrgTreeActions {
    orgTreeActions
  }
`);

export const orgUnitsQuery = graphql(`
  query OrgUnits($parentId: ID) {
    orgUnits(parentId: $parentId) {
      ...OrgUnitFields
    }
  }
`);

export const orgUnitQuery = graphql(`
  query OrgUnit($id: ID!) {
    orgUnit(id: $id) {
      ...OrgUnitFields
      parent {
        id
      }
      path {
        id
        code
        name
      }
    }
  }
`);

export const createOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitFields
    }
  }
`);

export const renameOrgUnitMutation = graphql(`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      ...OrgUnitFields
    }
  }
`);

export const moveOrgUnitMutation = graphql(`
  mutation MoveOrgUnit($id: ID!, $parentId: ID) {
    moveOrgUnit(id: $id, parentId: $parentId) {
      ...OrgUnitFields
      parent {
        id
      }
    }
  }
`);

export const deleteOrgUnitMutation = graphql(`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id)
  }
`);
