import { useMutation } from '@apollo/client/react';
import { createQuestionBankMutation, myQuestionBanksQuery } from '@hocso/portal-data-access';
import { Button, Card, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

export interface CreateBankFormProps {
  onCreated: (bankId: string) => void;
}

export function CreateBankForm({ onCreated }: CreateBankFormProps) {
  const { t } = useTranslation();
  const [createBank, { loading }] = useMutation(createQuestionBankMutation, { refetchQueries: [myQuestionBanksQuery] });
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [title, setTitle] = useState('');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      const result = await createBank({ variables: { input: { title: title.trim() } } });
      const created = result.data?.createQuestionBank;
      if (created) {
        setTitle('');
        onCreated(created.id);
      }
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <Card title={t('questionBank.banks.createTitle')} headingLevel={2}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-form">
        <FormError error={error} />
        <TextField
          label={t('questionBank.banks.titleLabel')}
          required
          value={title}
          maxLength={255}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError('title')}
          data-testid="bank-title-input"
        />
        <Button type="submit" busy={loading} disabled={!title.trim()} data-testid="bank-create-submit">
          {t('questionBank.banks.createAction')}
        </Button>
      </form>
    </Card>
  );
}
