import type { UploadedLessonFile } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { FileUploadField } from '../../../shared/file-upload-field';
import { formatBytes } from '../shared/format-hours';

export interface LessonFileFieldProps {
  current: { name: string; size: number } | null;
  onUploaded(file: UploadedLessonFile): void;
  testId: string;
  disabled?: boolean;
}

/** Uploads the chosen file at once (POST /uploads/lesson-files) and shows the server's refusal when there is one. */
export function LessonFileField({ current, onUploaded, testId, disabled }: LessonFileFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <FileUploadField
      label={t('courses.editor.lesson.file')}
      hint={t('courses.editor.lesson.fileHint')}
      url="/uploads/lesson-files"
      uploadingText={t('courses.editor.lesson.uploading')}
      currentText={current ? t('courses.editor.lesson.fileCurrent', { name: current.name, size: formatBytes(current.size, i18n.language) }) : null}
      onUploaded={onUploaded}
      testId={testId}
      disabled={disabled}
    />
  );
}
