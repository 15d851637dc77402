import { useMutation } from '@apollo/client/react';
import { addModuleMutation, moveLessonMutation, moveModuleMutation, type EditorModuleFieldsFragment } from '@hocso/portal-data-access';
import { Button, LiveRegion, TextField } from '@hocso/portal-ui';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { planLessonDrop } from '../shared/reorder';
import { MODULE_DRAG_TYPE } from './drag-types';
import { ModuleEditor } from './module-editor';
import { useReorderable } from './use-reorderable';

export interface CourseContentEditorProps {
  courseId: string;
  modules: readonly EditorModuleFieldsFragment[];
  locked: boolean;
  onChanged(): Promise<unknown>;
}

/** Modules and their lessons: add, edit, delete, and reorder by drag and drop or by keyboard. */
export function CourseContentEditor({ courseId, modules, locked, onChanged }: CourseContentEditorProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [newModuleTitle, setNewModuleTitle] = useState('');
  const [addModule, adding] = useMutation(addModuleMutation);
  const [moveModule] = useMutation(moveModuleMutation);
  const [moveLesson] = useMutation(moveLessonMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const modulesById = new Map(modules.map((module) => [module.id, module]));
  // A new message each time, even when the text repeats, so screen readers speak it again.
  const announce = useCallback((message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)), []);

  const reorder = useReorderable({
    ids: modules.map((module) => module.id),
    dragType: MODULE_DRAG_TYPE,
    disabled: locked,
    commit: async (moduleId, position) => {
      clearError();
      try {
        await moveModule({ variables: { moduleId, position } });
        await onChanged();
      } catch (cause) {
        showError(cause);
        throw cause;
      }
    },
    announceMove: (moduleId, position, total) => announce(t('courses.editor.announce.moved', { title: modulesById.get(moduleId)?.title ?? '', position, total })),
    announceBlocked: (moduleId, direction) =>
      announce(t(direction === 'up' ? 'courses.editor.announce.atTop' : 'courses.editor.announce.atBottom', { title: modulesById.get(moduleId)?.title ?? '' })),
  });

  const moveLessonElsewhere = async (lessonId: string, moduleId: string, targetLessonId: string | null) => {
    const plan = planLessonDrop(
      modules.map((module) => ({ id: module.id, lessonIds: module.lessons.map((lesson) => lesson.id) })),
      lessonId,
      { moduleId, lessonId: targetLessonId },
    );
    if (!plan) return;
    clearError();
    try {
      await moveLesson({ variables: { lessonId, moduleId: plan.moduleId, position: plan.position } });
      await onChanged();
      const lesson = modules.flatMap((module) => module.lessons).find((candidate) => candidate.id === lessonId);
      announce(t('courses.editor.announce.movedToModule', { title: lesson?.title ?? '', module: modulesById.get(plan.moduleId)?.title ?? '', position: plan.position }));
    } catch (cause) {
      showError(cause);
    }
  };

  const handleAddModule = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await addModule({ variables: { input: { courseId, title: newModuleTitle } } });
      await onChanged();
      announce(t('courses.editor.announce.moduleAdded', { title: newModuleTitle }));
      setNewModuleTitle('');
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <section className="hs-stack" aria-labelledby="content-title" data-testid="course-content-editor">
      <h2 id="content-title">{t('courses.editor.contentTitle')}</h2>
      <p className="hs-muted" id="reorder-help">
        {t('courses.editor.reorderHelp')}
      </p>
      <LiveRegion message={announcement} data-testid="reorder-announcement" />
      <FormError error={error} />
      {modules.length === 0 && <p className="hs-muted">{t('courses.editor.module.none')}</p>}
      <ol className="hs-editor-list" aria-label={t('courses.editor.module.listLabel')}>
        {reorder.order.map((moduleId, index) => {
          const module = modulesById.get(moduleId);
          if (!module) return null;
          return (
            <ModuleEditor
              key={module.id}
              module={module}
              index={index}
              total={reorder.order.length}
              locked={locked}
              itemProps={reorder.itemProps(module.id)}
              onStep={(direction) => reorder.step(module.id, direction)}
              announce={announce}
              onLessonFromElsewhere={(lessonId, targetModuleId, targetLessonId) => void moveLessonElsewhere(lessonId, targetModuleId, targetLessonId)}
              onChanged={onChanged}
            />
          );
        })}
      </ol>
      <form className="hs-card hs-stack" onSubmit={(event) => void handleAddModule(event)} data-testid="module-add-form">
        <TextField
          label={t('courses.editor.module.newTitle')}
          value={newModuleTitle}
          disabled={locked}
          error={fieldError('title')}
          onChange={(event) => setNewModuleTitle(event.target.value)}
          data-testid="module-add-title"
        />
        <Button type="submit" busy={adding.loading} disabled={locked} data-testid="module-add-submit">
          + {t('courses.editor.module.add')}
        </Button>
      </form>
    </section>
  );
}
