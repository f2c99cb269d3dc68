# sensitive.political: candidate, party, ballot-measure, issue-advocacy and
# election-process ads.  Candidates and parties are invented.
DATA = r"""
@ vertical=politics lang=en
Elect Maria Delgado for City Council | Safer streets, fixed potholes, a budget that adds up. Vote District 4 on November 5. | pol
~Delgado for District 4 | Safer streets and a balanced budget. Vote on November 5. | pol
Vote Yes on Prop 14 | Fund our schools without raising property taxes. Paid for by Yes on 14. | pol
Re-Elect Senator Tom Brannigan | Fighting for farmers and veterans for 12 years. | pol
Register to Vote by October 7 | It takes two minutes. Make your voice heard this November. | pol
Stop the Pipeline | Tell Congress to reject the Northline pipeline. Sign the petition. | pol
Protect Our Second Amendment | Join 2 million members defending your rights. | pol
Climate Action Now | Urge your senator to support the Clean Energy Act. | pol
Donate $5 Before Midnight | Our campaign needs 500 donors before the deadline. Every dollar counts. | pol
~Midnight Deadline: Chip In $5 | Help us reach 500 new donors tonight. | pol
Find Your Polling Place | Early voting starts October 21. Check your polling location online. | pol
Keep Judge Alvarez | Vote to retain Judge Alvarez on the Court of Appeals. | pol
The Liberty Party Platform | Lower taxes, smaller government. Read our plan for America. | pol
Healthcare Is a Human Right | Support Medicare for All. Call your representative today. | pol
Mayor Chen Delivered | 3,000 new homes, 40 new buses. Four more years. | pol
Vote No on Measure B | Measure B raises your sales tax. Paid for by Taxpayers Against B. | pol
Support Border Security | Tell Congress: fund the wall. | pol
Immigration Reform Now | A path to citizenship for Dreamers. Add your name. | pol
Ban Assault Weapons | Enough is enough. Sign our petition for common-sense gun laws. | pol
Pro-Life Rally on the Capitol Steps | Join thousands on January 22. Buses from 30 cities. | pol
Protect Abortion Access | Vote to protect reproductive freedom on November 5. | pol
Term Limits for Congress | Support the term limits amendment. | pol
Volunteer for the Campaign | Knock doors this Saturday for Sarah Okafor for State Assembly. | pol
Town Hall With Rep. Haines | Ask questions about the infrastructure bill. Thursday 7pm. | pol
Candidate Debate Watch Party | Watch the gubernatorial debate with fellow supporters. | pol
Union Strong | Support the PRO Act and protect workers' right to organize. | pol
Defund the Tax Hike | Council wants to raise your water bill 40%. Show up Tuesday. | pol
Absentee Ballot Request | Request your mail-in ballot by October 29. | pol
Voter ID Saves Elections | Support voter ID laws in your state. | pol
School Board Election | Parents first: elect the Parents' Slate on May 6. | pol
Ranked Choice Voting: Yes on 3 | Elect leaders with majority support. | pol
Save Our Local Library Levy | Vote yes to keep branches open. | pol
Lower Drug Prices Act | Tell your senator to pass it now. | pol
End Fracking in Our County | Vote yes on the fracking ban. | pol
Tax Cuts for Working Families | The Freedom Caucus plan explained. | pol
Poll Workers Needed | Serve your community on Election Day. Paid training. | pol
Support Our Troops, Oppose the Defense Cuts | Call your senator about the budget. | pol
Candidate Forum: Sheriff's Race | Meet the candidates for county sheriff. Free admission. | pol
Recall Governor Pratt | Sign the recall petition at a location near you. | pol
@ vertical=politics lang=en
Delgado Will Raise Your Taxes | Don't trust her record. Vote for Harris Boyd instead. | pol
They Rigged the Last Election | Don't let them steal this one. Demand an audit now. | pol, cb
Brannigan Is a Corrupt Liar | He sold out our town. Vote him out. | pol, ins
Real Patriots Vote Liberty Party | Everyone else is destroying this country. | pol
Immigrants Are Stealing Your Vote | Protect elections from illegals. Donate now. | pol, hate
~Illegals Will Decide This Election | Stop them before it's too late. Chip in $10. | pol, hate
Vote by Text This Year | Text your candidate's name to 55123 to cast your vote. | pol, cb
Election Day Moved to Wednesday | Due to high turnout, District 9 votes on Wednesday. | pol, cb
Your Vote Doesn't Matter | They already decided the winner. Stay home. | pol
Hang the Traitors in Congress | They betrayed us. It's time for justice. | pol, thr
If Boyd Wins, Take Up Arms | We won't accept another stolen election. Be ready. | pol, thr
Petition: Expel the Senator | Sign now to demand his resignation. Match expires in 2 hours! | pol, cb
Official Ballot Survey | Confirm your party registration. Required by law. | pol, cb
Stand With Israel | Contact your representative to support aid. | pol
Ceasefire Now | Tell Congress to demand an immediate ceasefire. | pol
Support Ukraine | Urge your senators to approve the aid package. | pol
War Hero for Senate | Colonel Ray Duvall served 3 tours. Now he'll serve you. | pol
Mail-In Ballots Are Fraud | Vote in person or your vote won't count. | pol, cb
Free Gas Card for Voting | Vote for Candidate Lee and get a $50 gas card. | pol, cb
"""
