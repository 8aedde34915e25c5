import { APISERVER_DEFAULTS, KUBEADM_APISERVER_DEFAULTS } from '../defaults';
import { AUTHORIZATION_MODES, type AuthorizationMode } from '../types';
import { Collector, type MergedFlags } from './derive';
import { isPlaceholder } from './flags';

/** Derives the apiserver config keys from its flags; absent flags take the binary's (or kubeadm's) defaults. */
export function deriveApiserver(flags: MergedFlags, kubeadm: boolean, file: string): Collector {
  const c = new Collector();
  const defaults = kubeadm ? KUBEADM_APISERVER_DEFAULTS : APISERVER_DEFAULTS;
  const def = (detail: string) =>
    ({
      kind: 'default',
      component: kubeadm ? 'kubeadm kube-apiserver manifest' : 'kube-apiserver',
      detail,
      file,
    }) as const;
  const get = (name: string) => flags.get(name);

  const anon = get('anonymous-auth');
  const anonValue = anon ? c.bool(anon) : undefined;
  if (anon && anonValue !== undefined) c.set('apiserver.anonymousAuth', anonValue, c.at(anon));
  else
    c.set('apiserver.anonymousAuth', defaults.anonymousAuth, def('--anonymous-auth not set: true'));

  const modes = get('authorization-mode');
  if (modes && isPlaceholder(modes.value)) {
    c.warn(modes, `--authorization-mode=${modes.value} is a placeholder; the modes are assumed`);
  } else if (modes) {
    const list = modes.value
      .split(',')
      .map((m) => m.trim())
      .filter((m) => m !== '');
    const unknown = list.filter((m) => !(AUTHORIZATION_MODES as readonly string[]).includes(m));
    if (unknown.length > 0 || list.length === 0) {
      c.errors.push({
        file: modes.file,
        line: modes.line,
        message: `--authorization-mode has unknown mode ${JSON.stringify(unknown[0] ?? modes.value)}; valid modes: ${AUTHORIZATION_MODES.join(', ')}`,
      });
    } else if (new Set(list).size !== list.length) {
      c.errors.push({
        file: modes.file,
        line: modes.line,
        message: `--authorization-mode lists a mode twice; kube-apiserver refuses to start`,
      });
    } else c.set('apiserver.authorizationModes', list as AuthorizationMode[], c.at(modes));
  } else if (get('authorization-config')) {
    c.warn(
      get('authorization-config')!,
      '--authorization-config (structured authorization) is not read; the authorization modes are assumed',
    );
  } else {
    c.set(
      'apiserver.authorizationModes',
      defaults.authorizationModes,
      def(
        kubeadm
          ? 'kubeadm sets --authorization-mode=Node,RBAC'
          : '--authorization-mode not set: AlwaysAllow',
      ),
    );
  }

  const ca = get('kubelet-certificate-authority');
  if (c.present(ca)) c.set('apiserver.kubeletCertificateAuthority', true, c.at(ca!));
  else
    c.set(
      'apiserver.kubeletCertificateAuthority',
      false,
      ca ? c.at(ca) : def('--kubelet-certificate-authority not set'),
    );

  const cert = get('kubelet-client-certificate');
  const key = get('kubelet-client-key');
  const both = c.present(cert) && c.present(key);
  if (both) {
    const later = cert!.line >= key!.line ? cert! : key!;
    c.set(
      'apiserver.kubeletClientCertificate',
      true,
      c.at(later, '--kubelet-client-certificate and --kubelet-client-key'),
    );
  } else if (c.present(cert) || c.present(key)) {
    const one = c.present(cert) ? cert! : key!;
    c.warn(
      one,
      `--${one.name} is set without --${one.name === 'kubelet-client-key' ? 'kubelet-client-certificate' : 'kubelet-client-key'}: kube-apiserver needs both to authenticate to kubelets`,
    );
    c.set(
      'apiserver.kubeletClientCertificate',
      false,
      c.at(one, '--kubelet-client-certificate and --kubelet-client-key'),
    );
  } else
    c.set(
      'apiserver.kubeletClientCertificate',
      defaults.kubeletClientCertificate,
      def(
        kubeadm
          ? 'kubeadm sets --kubelet-client-certificate and --kubelet-client-key'
          : 'no kubelet client certificate flags',
      ),
    );

  const user = get('ssh-user');
  const keyfile = get('ssh-keyfile');
  if (c.present(user) && c.present(keyfile))
    c.set('apiserver.sshTunnels', true, c.at(user!, '--ssh-user and --ssh-keyfile'));
  else {
    const one = c.present(user) ? user : c.present(keyfile) ? keyfile : undefined;
    if (one)
      c.warn(
        one,
        `--${one.name} alone does not enable SSH tunnels: kube-apiserver needs both --ssh-user and --ssh-keyfile`,
      );
    c.set(
      'apiserver.sshTunnels',
      false,
      one ? c.at(one, '--ssh-user and --ssh-keyfile') : def('no --ssh-user/--ssh-keyfile'),
    );
  }
  return c;
}
