import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { redirectFromState } from '../../lib/redirect.ts';
import { useSession } from '../../lib/session.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { login } from './api.ts';
import { toLanguage } from '../../lib/language.ts';
import { formatTime } from '../../lib/time.ts';
import { loginFailure, type LoginFailure } from './login-error.ts';

interface FieldErrors {
  username?: boolean;
  password?: boolean;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('login.title'));
  const { state, signedIn } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<LoginFailure | undefined>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const target = redirectFromState(location.state);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = { username: username.trim() === '', password: password === '' };
    setFieldErrors(errors);
    setFailure(undefined);
    if (errors.username) {
      usernameRef.current?.focus();
      return;
    }
    if (errors.password) {
      passwordRef.current?.focus();
      return;
    }
    setIsSubmitting(true);
    try {
      const me = await login({ username: username.trim(), password });
      signedIn(me);
      await navigate(target, { replace: true });
    } catch (error) {
      setFailure(loginFailure(error, new Date()));
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <section className="card card--narrow login" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      {failure ? (
        <Alert>
          {failure.retryAt
            ? t(failure.key, { time: formatTime(failure.retryAt, toLanguage(i18n.resolvedLanguage)) })
            : t(failure.key)}
        </Alert>
      ) : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          ref={usernameRef}
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          error={fieldErrors.username ? t('login.errors.usernameMissing') : undefined}
          onChange={(event) => {
            setUsername(event.target.value);
          }}
        />
        <TextField
          ref={passwordRef}
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={fieldErrors.password ? t('login.errors.passwordMissing') : undefined}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
        <Button type="submit" variant="primary" size="large" className="btn--block" disabled={isSubmitting}>
          {isSubmitting ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
    </section>
  );
}
