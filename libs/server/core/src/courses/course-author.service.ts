import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { emailKey } from '../users/email-key';
import { findAccountByEmail, findTrainerByEmail } from '../users/find-account-by-email';
import { CourseChanges } from './course-changes';
import type { CourseView } from './course-view';

/** Who authors a course: trainers add co-authors, and authors leave or remove one another. */
@Injectable()
export class CourseAuthorService {
  constructor(private readonly changes: CourseChanges) {}

  /** Lets another trainer edit the course. */
  async addAuthor(actor: Actor, courseId: string, rawEmail: string): Promise<CourseView> {
    return this.changes.apply(actor, courseId, 'MANAGE_AUTHORS', async (manager, course) => {
      const user = await findTrainerByEmail(manager, rawEmail, 'email');
      await manager.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [course.id, user.id]);
    });
  }

  /**
   * Takes the course away from one of its authors (an author may also leave it: they then read it as anyone
   * does). The course keeps at least one author: removing the last one is a CONFLICT. The course row lock
   * serialises concurrent removals.
   */
  async removeAuthor(actor: Actor, courseId: string, rawEmail: string): Promise<CourseView> {
    return this.changes.apply(actor, courseId, 'MANAGE_AUTHORS', async (manager, course) => {
      const account = await findAccountByEmail(manager, rawEmail);
      const authors: Array<{ user_id: string }> = await manager.query('SELECT user_id FROM course_author WHERE course_id = $1', [course.id]);
      if (!account || !authors.some((author) => author.user_id === account.id)) {
        throw DomainError.notFound('course.authorNotFound', emailKey(rawEmail));
      }
      if (authors.length === 1) throw DomainError.conflict('course.lastAuthor');
      await manager.query('DELETE FROM course_author WHERE course_id = $1 AND user_id = $2', [course.id, account.id]);
    });
  }
}
