namespace StatusBot.Deployment.Tests.Infra;

[CollectionDefinition(Bicep.Collection)]
public sealed class BicepCollection;
