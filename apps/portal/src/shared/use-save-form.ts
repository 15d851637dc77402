import { useState, type FormEvent } from 'react';
import { type DisplayErrorState, useDisplayError } from './use-display-error';

export interface SaveFormState extends DisplayErrorState {
  /** True once the last submission saved, until the next one starts. */
  saved: boolean;
  handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void>;
}

/** A form that saves and says so: each submission clears the last error and note, saves, then shows one of them. */
export function useSaveForm(save: () => Promise<unknown>): SaveFormState {
  const display = useDisplayError();
  const [saved, setSaved] = useState(false);
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    display.clearError();
    setSaved(false);
    try {
      await save();
      setSaved(true);
    } catch (cause) {
      display.showError(cause);
    }
  };
  return { ...display, saved, handleSubmit };
}
