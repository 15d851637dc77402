/** dataTransfer types (lower case: browsers lower-case them) that keep module and lesson drags apart. */
export const MODULE_DRAG_TYPE = 'application/x-hocso-module';
export const LESSON_DRAG_TYPE = 'application/x-hocso-lesson';
