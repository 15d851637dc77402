/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SetPasswordWithTokenDocument,
    "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n": typeof types.OfficialImportFieldsFragmentDoc,
    "\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        row\n        field\n        reason\n      }\n    }\n  }\n": typeof types.OfficialImportDocument,
    "\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n": typeof types.OfficialImportsDocument,
    "\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n": typeof types.StartOfficialImportDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.OrgUnitDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      description\n      audiences\n    }\n  }\n": typeof types.TracksDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query Users($search: String, $orgUnitId: ID, $role: Role, $first: Int, $after: String) {\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SetPasswordWithTokenDocument,
    "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n": types.OfficialImportFieldsFragmentDoc,
    "\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        row\n        field\n        reason\n      }\n    }\n  }\n": types.OfficialImportDocument,
    "\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n": types.OfficialImportsDocument,
    "\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n": types.StartOfficialImportDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.OrgUnitDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": types.DeleteOrgUnitDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      description\n      audiences\n    }\n  }\n": types.TracksDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query Users($search: String, $orgUnitId: ID, $role: Role, $first: Int, $after: String) {\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n": types.RevokeRoleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    createdAt\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment OfficialImportFields on OfficialImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    rejectedCount\n    percent\n    error\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        row\n        field\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficialImport($id: ID!) {\n    officialImport(id: $id) {\n      ...OfficialImportFields\n      rejectedRows {\n        row\n        field\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n"): (typeof documents)["\n  query OfficialImports($first: Int) {\n    officialImports(first: $first) {\n      ...OfficialImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartOfficialImport($input: StartOfficialImportInput!) {\n    startOfficialImport(input: $input) {\n      ...OfficialImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    childCount\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($parentId: ID) {\n    orgUnits(parentId: $parentId) {\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnit($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n      path {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      ...OrgUnitFields\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      description\n      audiences\n    }\n  }\n"): (typeof documents)["\n  query Tracks {\n    tracks {\n      id\n      code\n      title\n      description\n      audiences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    fullName\n    email\n    phone\n    position\n    audience\n    roles\n    orgUnit {\n      id\n      code\n      name\n    }\n    roleGrants {\n      role\n      orgUnit {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $orgUnitId: ID, $role: Role, $first: Int, $after: String) {\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $orgUnitId: ID, $role: Role, $first: Int, $after: String) {\n    users(search: $search, orgUnitId: $orgUnitId, role: $role, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    grantRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($userId: ID!, $role: Role!, $orgUnitId: ID) {\n    revokeRole(userId: $userId, role: $role, orgUnitId: $orgUnitId) {\n      ...AdminUserFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;