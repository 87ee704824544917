// Azure Database for PostgreSQL flexible server: private access only (delegated subnet + private DNS zone),
// Microsoft Entra authentication only (no passwords exist), the app's managed identity as Entra admin.
param serverName string
param location string
param tags object

@description('Database the app uses.')
param databaseName string = 'statusbot'

@allowed([
  '15'
  '16'
])
param version string = '16'

param skuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string = 'Burstable'

@minValue(32)
param storageSizeGB int = 32

@minValue(7)
@maxValue(35)
param backupRetentionDays int = 14

@description('Geo-redundant backups (can only be chosen when the server is created).')
param geoRedundantBackup bool = false

param delegatedSubnetId string
param privateDnsZoneId string

@description('Managed identity that becomes the Entra administrator (the app migrates the schema with it).')
param adminIdentityName string
param adminIdentityPrincipalId string

@description('Optional second Entra administrator for people (a group object id), empty for none.')
param peopleAdminObjectId string = ''
param peopleAdminName string = ''

@allowed([
  'Group'
  'User'
])
param peopleAdminType string = 'Group'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: serverName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    network: {
      delegatedSubnetResourceId: delegatedSubnetId
      privateDnsZoneArmResourceId: privateDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: geoRedundantBackup ? 'Enabled' : 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    // Azure's default locale; Swedish ordering of titles is done by the app, not by the database.
    collation: 'en_US.utf8'
  }
}

resource identityAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: adminIdentityPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: adminIdentityName
    tenantId: tenant().tenantId
  }
  dependsOn: [
    database
  ]
}

// Administrators are added one at a time: the service rejects concurrent changes.
resource peopleAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (!empty(peopleAdminObjectId)) {
  parent: server
  name: empty(peopleAdminObjectId) ? guid(server.id, 'no-people-admin') : peopleAdminObjectId
  properties: {
    principalType: peopleAdminType
    principalName: peopleAdminName
    tenantId: tenant().tenantId
  }
  dependsOn: [
    identityAdmin
  ]
}

output host string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
output serverName string = server.name
