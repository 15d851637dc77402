/** What a password must be, checked by the server and announced by the portal's forms. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
