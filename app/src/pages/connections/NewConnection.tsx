import { NewConnectionPage } from './ConnectionsPage.tsx';
import { ConnectForm } from './ConnectForm.tsx';

/** The Connect JIRA page: its frame and its form, loaded together when first opened. */
export default function NewConnection() {
  return (
    <NewConnectionPage>
      <ConnectForm />
    </NewConnectionPage>
  );
}
