export * from './catalog.module';
export * from './category-taxonomy';
export * from './gtin';
export * from './product-lifecycle';
export * from './product.entity';
export * from './products.service';
export * from './catalog-worker.module';
export * from './moderation/moderation-notification.handlers';
