import { useMutation } from '@apollo/client/react';
import { shareQuestionBankMutation, unshareQuestionBankMutation, type QuestionBankDetailFieldsFragment } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

export interface ShareBankFormProps {
  bank: QuestionBankDetailFieldsFragment;
  currentUserId: string | null;
  onLeft: () => void;
}

export function ShareBankForm({ bank, currentUserId, onLeft }: ShareBankFormProps) {
  const { t } = useTranslation();
  const canShare = bank.allowedActions.includes('SHARE');
  const canLeave = bank.allowedActions.includes('LEAVE');
  const [share, { loading: sharing }] = useMutation(shareQuestionBankMutation);
  const [unshare, { loading: unsharing }] = useMutation(unshareQuestionBankMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [email, setEmail] = useState('');
  const [shared, setShared] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setShared(null);
    try {
      await share({ variables: { bankId: bank.id, userEmail: email.trim() } });
      setShared(email.trim());
      setEmail('');
    } catch (cause) {
      showError(cause);
    }
  };

  const handleRemove = async (userEmail: string, self: boolean) => {
    clearError();
    setShared(null);
    try {
      await unshare({ variables: { bankId: bank.id, userEmail } });
      if (self) onLeft();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-stack">
      <FormError error={error} />
      <ul className="hs-qb-collaborators" data-testid="collaborator-list">
        {bank.collaborators.map((person) => {
          const self = person.userId === currentUserId;
          const removable = person.role === 'CO_AUTHOR' && Boolean(person.email) && (self ? canLeave : canShare);
          return (
            <li key={person.userId} data-testid="collaborator" className="hs-row">
              <span>
                <strong>{person.fullName}</strong> {person.email && <span className="hs-muted">({person.email})</span>}
              </span>
              <span className="hs-chip">{t(`questionBank.roles.${person.role}`)}</span>
              {removable && (
                <Button variant="link" busy={unsharing} onClick={() => void handleRemove(person.email ?? '', self)}>
                  {self ? t('questionBank.share.leave') : t('questionBank.share.remove')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {canShare && (
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          {shared && <p role="status">{t('questionBank.share.done', { email: shared })}</p>}
          <TextField
            type="email"
            autoComplete="off"
            label={t('questionBank.share.emailLabel')}
            hint={t('questionBank.share.hint')}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError('userEmail') ?? fieldError('email')}
            data-testid="share-email-input"
          />
          <Button type="submit" variant="secondary" busy={sharing} disabled={!email.trim()} data-testid="share-submit">
            {t('questionBank.share.action')}
          </Button>
        </form>
      )}
    </div>
  );
}
