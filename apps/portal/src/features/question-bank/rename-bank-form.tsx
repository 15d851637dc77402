import { useMutation } from '@apollo/client/react';
import { renameQuestionBankMutation } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useSaveForm } from '../../shared/use-save-form';

export interface RenameBankFormProps {
  bankId: string;
  title: string;
}

export function RenameBankForm({ bankId, title }: RenameBankFormProps) {
  const { t } = useTranslation();
  const [renameBank, { loading }] = useMutation(renameQuestionBankMutation);
  const [value, setValue] = useState(title);
  const { error, fieldError, saved, handleSubmit } = useSaveForm(() => renameBank({ variables: { bankId, title: value.trim() } }));

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <FormError error={error} />
      {saved && <p role="status">{t('questionBank.bank.renamed')}</p>}
      <TextField
        label={t('questionBank.banks.titleLabel')}
        required
        maxLength={255}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={fieldError('title')}
        data-testid="bank-rename-input"
      />
      <Button type="submit" variant="secondary" busy={loading} disabled={!value.trim() || value.trim() === title} data-testid="bank-rename-submit">
        {t('questionBank.bank.renameAction')}
      </Button>
    </form>
  );
}
