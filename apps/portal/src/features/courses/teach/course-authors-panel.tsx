import { useMutation, useQuery } from '@apollo/client/react';
import { addCourseAuthorMutation, courseAuthorsQuery, removeCourseAuthorMutation, useAuth } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';

/** Who may edit the course: adding another trainer by email, removing one (the course keeps at least one). */
export function CourseAuthorsPanel({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const { data, error: loadError, refetch } = useQuery(courseAuthorsQuery, { variables: { id: courseId } });
  const [addAuthor, adding] = useMutation(addCourseAuthorMutation);
  const [removeAuthor, removing] = useMutation(removeCourseAuthorMutation);
  const [removingEmail, setRemovingEmail] = useState<string | null>(null);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const [email, setEmail] = useState('');
  const { error, showError, clearError, fieldError } = useDisplayError();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await addAuthor({ variables: { courseId, email } });
      setEmail('');
    } catch (cause) {
      showError(cause);
    }
  };

  const handleRemove = async (authorEmail: string) => {
    clearError();
    setRemovingEmail(authorEmail);
    try {
      const result = await removeAuthor({ variables: { courseId, email: authorEmail } });
      // An author who left the course can no longer edit it (nor read its authors).
      if (result.data?.removeCourseAuthor.canEdit === false) {
        await navigate('/teach/courses');
        return;
      }
      await refetch();
    } catch (cause) {
      showError(cause);
    } finally {
      setRemovingEmail(null);
      setConfirmingLeave(false);
    }
  };

  const authors = data?.course?.authors ?? [];
  // Authors change only while the course may be edited (not in review, not archived).
  const canManage = data?.course?.allowedActions.includes('MANAGE_AUTHORS') ?? false;

  return (
    <section className="hs-card" aria-labelledby="authors-title">
      <h2 id="authors-title" className="hs-card__title">
        {t('courses.editor.authors.title')}
      </h2>
      <QueryError error={loadError} />
      <FormError error={error} />
      <ul className="hs-plain-list hs-stack" data-testid="course-authors">
        {authors.map((author) => {
          const email = author.email;
          const isMe = author.id === me?.id;
          return (
            <li key={author.id} className="hs-row" data-testid="course-author" data-email={email ?? undefined}>
              <span>
                {author.fullName}
                {isMe && <span className="hs-muted"> ({t('courses.editor.authors.you')})</span>}
                {email && <span className="hs-muted"> · {email}</span>}
              </span>
              {canManage && email && authors.length > 1 && !(isMe && confirmingLeave) && (
                <Button
                  variant="secondary"
                  busy={removing.loading && removingEmail === email}
                  disabled={removing.loading}
                  aria-label={t('courses.editor.authors.removeLabel', { name: author.fullName })}
                  onClick={() => (isMe ? setConfirmingLeave(true) : void handleRemove(email))}
                  data-testid="course-author-remove"
                >
                  {isMe ? t('courses.editor.authors.leave') : t('courses.editor.authors.remove')}
                </Button>
              )}
              {email && isMe && confirmingLeave && (
                <span className="hs-row hs-confirm">
                  <span>{t('courses.editor.authors.leaveConfirm')}</span>
                  <Button variant="danger" busy={removing.loading} onClick={() => void handleRemove(email)} data-testid="course-author-leave-confirm">
                    {t('courses.editor.authors.leave')}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirmingLeave(false)}>
                    {t('common.cancel')}
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {canManage && (
        <form className="hs-stack" onSubmit={(event) => void handleSubmit(event)}>
          <TextField label={t('courses.editor.authors.email')} type="email" value={email} error={fieldError('email')} onChange={(event) => setEmail(event.target.value)} data-testid="course-author-email" />
          <Button type="submit" variant="secondary" busy={adding.loading} data-testid="course-author-add">
            {t('courses.editor.authors.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
