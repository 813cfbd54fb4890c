import { createContentRouter } from '../../../utils/content-router';

export default createContentRouter('api::evenement.evenement');
