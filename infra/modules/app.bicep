// App Service on Linux running the bot (.NET 10). HTTPS only, TLS 1.2+, no FTP and no basic publishing
// credentials, VNet integration for all outbound traffic (database and vault are private to the network),
// the user-assigned identity for Key Vault references, and a health check on /healthz.
param planName string
param siteName string
param location string
param tags object

@description('App Service plan SKU; VNet integration needs Basic or higher, Always On keeps reminders running.')
param skuName string = 'P0v3'

@minValue(1)
param instanceCount int = 1

param identityId string
param identityClientId string
param appSubnetId string

@description('@Microsoft.KeyVault(...) reference to the store connection string.')
param storeReference string

@description('@Microsoft.KeyVault(...) reference to the Application Insights connection string.')
param telemetryReference string

@description('Tenant whose users may talk to the bot (single-tenant: the home tenant).')
param allowedTenantId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: appSubnetId
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
      healthCheckPath: '/healthz'
      vnetRouteAllEnabled: true
      appSettings: [
        {
          name: 'Store'
          value: storeReference
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: telemetryReference
        }
        {
          name: 'Bot__AppId'
          value: identityClientId
        }
        {
          name: 'Bot__TenantId'
          value: tenant().tenantId
        }
        {
          name: 'Bot__ManagedIdentityClientId'
          value: identityClientId
        }
        {
          // Azure.Identity's DefaultAzureCredential picks the user-assigned identity from this.
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'Bot__AllowedTenantIds__0'
          value: allowedTenantId
        }
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
      ]
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output siteName string = site.name
output hostName string = site.properties.defaultHostName
