import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { type DisplayErrorState, useDisplayError } from './use-display-error';

export interface CreateThenOpenState extends DisplayErrorState {
  handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void>;
}

/** A form that creates something and opens its page: each submission clears the last error, creates, then opens it or shows why not. */
export function useCreateThenOpen(create: () => Promise<string | null | undefined>, pathOf: (id: string) => string): CreateThenOpenState {
  const display = useDisplayError();
  const navigate = useNavigate();
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    display.clearError();
    try {
      const id = await create();
      if (id) await navigate(pathOf(id));
    } catch (cause) {
      display.showError(cause);
    }
  };
  return { ...display, handleSubmit };
}
