import { createConfig } from './createConfig'

export default createConfig()
