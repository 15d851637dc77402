import { useMutation } from '@apollo/client/react';
import { updateCourseMutation } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUploadField } from '../../../shared/file-upload-field';
import { useDisplayError } from '../../../shared/use-display-error';
import { FormError } from '../../../shared/form-error';
import { CourseCover } from '../shared/course-cover';

export interface CourseCoverFieldProps {
  course: { id: string; title: string; coverImageUrl?: string | null };
  locked: boolean;
  onChanged(): Promise<unknown>;
}

/** The course's cover as learners will see it, uploaded at once (the server crops and scales it), or removed. */
export function CourseCoverField({ course, locked, onChanged }: CourseCoverFieldProps) {
  const { t } = useTranslation();
  const [updateCourse] = useMutation(updateCourseMutation);
  const [removing, setRemoving] = useState(false);
  const { error, showError, clearError } = useDisplayError();

  const remove = async () => {
    clearError();
    setRemoving(true);
    try {
      await updateCourse({ variables: { courseId: course.id, input: { coverImageUrl: null } } });
      await onChanged();
    } catch (cause) {
      showError(cause);
    } finally {
      setRemoving(false);
    }
  };

  return (
    <section className="hs-card hs-stack" aria-labelledby="cover-title" data-testid="course-cover-field">
      <h2 id="cover-title" className="hs-card__title">
        {t('courses.editor.cover.title')}
      </h2>
      <FormError error={error} />
      {course.coverImageUrl ? (
        <CourseCover className="hs-course-cover" alt={t('courses.card.coverAlt', { title: course.title })} url={course.coverImageUrl} placement="first-screen" />
      ) : (
        <p className="hs-muted">{t('courses.editor.cover.none')}</p>
      )}
      <FileUploadField
        label={t('courses.editor.cover.label')}
        hint={t('courses.editor.cover.hint')}
        url={`/uploads/courses/${encodeURIComponent(course.id)}/cover`}
        accept="image/jpeg,image/png,image/webp"
        uploadingText={t('courses.editor.cover.uploading')}
        currentText={null}
        onUploaded={() => void onChanged()}
        testId="course-cover-upload"
        disabled={locked}
      />
      {course.coverImageUrl && !locked && (
        <Button type="button" variant="secondary" disabled={removing} onClick={() => void remove()} data-testid="course-cover-remove">
          {t('courses.editor.cover.remove')}
        </Button>
      )}
    </section>
  );
}
