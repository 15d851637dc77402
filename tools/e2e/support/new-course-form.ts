import type { Page } from 'playwright-core';
import { chooseInMainNavigation } from './main-navigation';

export interface NewCourseDetails {
  code: string;
  title: string;
  summary: string;
  /** As a Vietnamese reader types them: `2,5`. */
  hours: string;
}

/** From a signed-in trainer's page: opens "new course" under Teaching and fills its details (not yet saved). */
export async function fillNewCourseForm(page: Page, details: NewCourseDetails): Promise<void> {
  await chooseInMainNavigation(page, 'nav-teach');
  await page.getByTestId('teach-new-course').click();
  await page.getByTestId('course-code').fill(details.code);
  await page.getByTestId('course-title').fill(details.title);
  await page.getByTestId('course-summary').fill(details.summary);
  await page.getByTestId('course-hours-input').fill(details.hours);
}
