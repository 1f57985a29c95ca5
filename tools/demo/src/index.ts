export { demoSignupMode, planDemoQueues, startDemo } from './demo.ts';
export { startDemoMailSink, withDemoMail, type DemoMailSink } from './demo-mail.ts';
export { demoExtension, startWithDemo, type DemoEmbedded, type DemoExtension } from './start.ts';
