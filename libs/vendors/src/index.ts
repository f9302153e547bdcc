export * from './vendor-lifecycle';
export * from './vendor.entity';
export { sellerLocale } from './vendor-view';
export * from './vendors.module';
export * from './vendors-worker.module';
export * from './vendors.service';
export * from './vat-id-check.handler';
export * from './vendor-notification.handler';
export * from './vat-registry';
