import { useMutation, useQuery } from '@apollo/client/react';
import { addCourseAuthorMutation, courseAuthorsQuery } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';

/** Who may edit the course, and adding another trainer by email. */
export function CourseAuthorsPanel({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { data, error: loadError } = useQuery(courseAuthorsQuery, { variables: { id: courseId } });
  const [addAuthor, adding] = useMutation(addCourseAuthorMutation);
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

  return (
    <section className="hs-card" aria-labelledby="authors-title">
      <h2 id="authors-title" className="hs-card__title">
        {t('courses.editor.authors.title')}
      </h2>
      <QueryError error={loadError} />
      <ul className="hs-plain-list" data-testid="course-authors">
        {data?.course?.authors.map((author) => (
          <li key={author.id}>
            {author.fullName}
            {author.email && <span className="hs-muted"> · {author.email}</span>}
          </li>
        ))}
      </ul>
      <form className="hs-stack" onSubmit={(event) => void handleSubmit(event)}>
        <FormError error={error} />
        <TextField label={t('courses.editor.authors.email')} type="email" value={email} error={fieldError('email')} onChange={(event) => setEmail(event.target.value)} data-testid="course-author-email" />
        <Button type="submit" variant="secondary" busy={adding.loading} data-testid="course-author-add">
          {t('courses.editor.authors.add')}
        </Button>
      </form>
    </section>
  );
}
