import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { ApiError } from '../api/problem';
import { applyFieldErrors } from './formErrors';

/**
 * A form's submission: a 400's field errors land on the fields the form has, a 422 that names one of them (site-registry's
 * business rules carry `field`) lands on it too, and anything else is the `problem` the form shows above its buttons.
 */
export function useFormMutation<V, R>(
  form: FormInstance<V>,
  fields: readonly string[],
  mutationFn: (values: V) => Promise<R>,
  onSuccess: (result: R) => void,
) {
  const [problem, setProblem] = useState<unknown>(null);
  const mutation = useMutation({
    mutationFn,
    onSuccess,
    onError: (error) => {
      const field = error instanceof ApiError && error.status === 422 ? error.problem.field : undefined;
      if (typeof field === 'string' && fields.includes(field) && error instanceof ApiError) {
        form.setFields([{ name: field as never, errors: [error.problem.detail ?? error.message] }]);
        setProblem(null);
        return;
      }
      const elsewhere = applyFieldErrors(form, error, fields);
      const allOnFields = error instanceof ApiError && error.fieldErrors.length > 0 && elsewhere.length === 0;
      setProblem(allOnFields ? null : error);
    },
  });
  const submit = (values: V) => {
    setProblem(null);
    mutation.mutate(values);
  };
  return { submit, problem, pending: mutation.isPending };
}
