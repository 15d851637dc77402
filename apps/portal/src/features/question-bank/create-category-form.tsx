import { useMutation } from '@apollo/client/react';
import { createQuestionCategoryMutation } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

export interface CreateCategoryFormProps {
  bankId: string;
  parentPath: string;
  onCreated: (path: string) => void;
}

/** A subcategory of the selected category; "/" in the name makes several levels at once. */
export function CreateCategoryForm({ bankId, parentPath, onCreated }: CreateCategoryFormProps) {
  const { t } = useTranslation();
  const [createCategory, { loading }] = useMutation(createQuestionCategoryMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [name, setName] = useState('');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      const result = await createCategory({ variables: { bankId, path: `${parentPath}/${name.trim()}` } });
      const created = result.data?.createQuestionCategory;
      if (created) {
        setName('');
        onCreated(created.path);
      }
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <FormError error={error} />
      <TextField
        label={t('questionBank.bank.newCategoryLabel')}
        hint={t('questionBank.bank.newCategoryHint', { parent: parentPath })}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError('path')}
        data-testid="category-name-input"
      />
      <Button type="submit" variant="secondary" busy={loading} disabled={!name.trim()} data-testid="category-create-submit">
        {t('questionBank.bank.newCategoryAction')}
      </Button>
    </form>
  );
}
