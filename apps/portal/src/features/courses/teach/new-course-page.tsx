import { useMutation } from '@apollo/client/react';
import { createCourseMutation, updateCourseMutation } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { CourseDetailsForm } from './course-details-form';
import { detailsValuesOf, needsPlacementUpdate, parseHours, trackPlacementsOf } from './course-details-model';

export function NewCoursePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [createCourse] = useMutation(createCourseMutation);
  const [updateCourse] = useMutation(updateCourseMutation);

  return (
    <>
      <p>
        <Link to="/teach/courses">← {t('courses.teach.title')}</Link>
      </p>
      <PageTitle title={t('courses.teach.newTitle')} />
      <CourseDetailsForm
        creating
        initial={detailsValuesOf(null, i18n.language)}
        submitLabel={t('courses.teach.create')}
        onSubmit={async (values) => {
          const placements = trackPlacementsOf(values.tracks);
          const result = await createCourse({
            variables: {
              input: {
                code: values.code,
                title: values.title,
                summary: values.summary,
                hours: parseHours(values.hours),
                coverImageUrl: values.coverImageUrl.trim() || null,
                prerequisiteCodes: values.prerequisiteCodes,
                trackCodes: placements.map((placement) => placement.trackCode),
              },
            },
          });
          const course = result.data?.createCourse;
          if (!course) return;
          if (needsPlacementUpdate(values.tracks)) {
            await updateCourse({ variables: { courseId: course.id, input: { tracks: placements } } });
          }
          await navigate(`/teach/courses/${course.id}/edit`, { state: { created: true } });
        }}
      />
    </>
  );
}
