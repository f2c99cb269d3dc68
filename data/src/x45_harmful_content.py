# Sixth batch (harmful and sensitive content in English): brands insulting customers and rivals, body-shaming, named-person shaming, discriminatory renting and hiring, dehumanising merch, profanity from mild to censored to strong, debt-collector and vigilante threats, gore and fight footage, pro-ana, cutting and suicide content, suggestive and explicit sexual promos, sales that exploit tragedies, and political campaign, ballot and issue ads. Alongside them are tricky compliant ads that use the same words innocently (killer deals, martial arts, true crime, horror screenings, CPR courses, crisis lines, anti-bullying charities, plain lingerie and swimwear, war documentaries, neutral voter reminders, news subscriptions) and everyday compliant ads, so the text models learn context rather than keywords.
DATA = r"""
@ vertical=fast_food
BURGER BROS: NOT FOR SAD SALAD LOSERS | Let the quinoa crowd cry into their kale. Real ones eat double stacks. 🍔 | ins
Still eating at Clown King? | Your taste buds deserve better than whatever garbage they're serving. Switch to Stackhouse, dummy. | ins
Our fries are effing incredible | No BS, just hot, salty, crispy goodness. Large fries £1.99 all week. | prof
WTF IS THIS DEAL?! | Two wing buckets for $15. Seriously, what the f*ck were we thinking. Tuesdays only. | prof

@ vertical=fitness
Tired of being the fat friend? | Everyone's laughing at the group photos, you just don't hear it. Our 12-week shred starts Monday. | ins
Summer's coming, fatty 🐷 | Your thighs are already filing a noise complaint. Join IronPit for £9.99/mo. | ins
NO EXCUSES. NO WHINING. NO SH!T. | Pulse Bootcamp, 6am sharp. Can't handle it? Stay on the couch where you belong. | prof, ins
Ugly now, hot by June | Nobody wants to date a blob. Download ShredCoach and fix yourself. | ins
Bald is ugly. Fix it. | Nobody swipes right on a cue ball, mate. Non-surgical hair systems from £199. | ins

@ vertical=telecom
Still on Vortex Mobile? LOL. | Only suckers pay $85 a month for dropped calls. Grown-ups switch to Kite for $30. | ins
Friends don't let friends be idiots | If your buddy is still with Ringo Broadband, tell him he's an idiot. Then send him our link. | ins

@ vertical=apparel
GIVE ZERO F*CKS | New drop. Heavyweight hoodies $60. Wear it loud. | prof
Don't be a basic b*tch this autumn | Our fall edit just landed and honestly it slaps. Shop the lookbook. | prof, ins
Bullsh*t-free basics | Tees that survive more than two washes, unlike the crap you bought last year. | prof
Shut the hell up and take 40% off | Sitewide. Ends midnight. Don't say we didn't warn you. | prof

@ vertical=local_services
Dave Kowalski of 14 Elm St owes us $2,340 | Dave, pay your bill or this billboard stays up. Everyone in Millbrook knows now. Ace Plumbing & Heating. | ins, thr
To our old manager Tara: | Thanks for nothing. We're doing way better without your useless a** anyway. Grand reopening Saturday! | ins, prof
Shoplifter wall of shame 📸 | These lowlifes nicked from us this week. Recognise the scumbags? Share and tag. Sunny Mart, Leeds Road. | ins
Mayor Delgado can't count | So we'll count for him: 3 potholes on Fifth, zero repairs, one clueless clown. Our tyres are 20% off though. | ins
Your landlord is an a-hole. We can help. | Tenant rights solicitors, free 20-minute consultation. | ins, prof
Leave us a 1-star review and see what happens | We know who you are and where you park, Brian. Think carefully. Main Street Auto. | thr

@ vertical=debt_collection
FINAL NOTICE: Account 44817 | Pay today or our agent will attend your workplace and speak to your employer in person. We know where you work. | thr
We know where you live, Marcus | Settle your balance by Friday. The next visit won't be a letter. Recovery Associates Ltd. | thr
Overdue? Ignore us and find out. | Our field agents make home visits daily. Your neighbours will notice. Call 0800 555 0193 now. | thr
RE: your unpaid balance | Pay before 5pm today or we contact your family and things get ugly. Reply PAY to avoid escalation. | thr

@ vertical=community_group
Northside Watch needs YOU | We find the nonces, we film them, we make them pay. Bring gloves. Patrol meets Saturday 9pm behind the Co-op. | thr
Car thieves on Hollis Ave: you've been warned | Next one who tries a door handle on our street leaves in an ambulance. Hollis Residents Group. | thr
Neighbourhood notice 🔨 | We've got your number plate. Fly-tip here again and your windows are next. | thr
Scabs, you've been warned | Cross the picket line tomorrow and we'll make damn sure you regret it. | thr, prof

@ vertical=real_estate
Room to let, Walthamstow, £650pcm | Bright double room, bills incl, 5 min to tube. No DSS, no Asians, no Eastern Europeans. English only please. | hate
2BR apartment, quiet building | Perfect for young professionals. No Section 8, no Mexicans, no kids. Serious inquiries only. | hate
Christian family home, room available | Normal couples only. No gays, no Muslims. Must share our values. | hate

@ vertical=recruitment
Hiring: Warehouse Operatives £11.50/hr | Immediate start, days and nights. Native-born British only, foreigners need not apply. | hate
Front desk receptionist wanted | Must be young, attractive and female. No older ladies, no headscarves. Send photo with CV. | hate
Sales reps wanted, $70k OTE | We don't hire women over 40 or anyone woke. Real hustlers only. | hate

@ vertical=merchandise
Take Back Our Towns | They breed like rats and live off your taxes. Join the movement. Flags and stickers in our shop. | hate, pol
SEND THEM BACK tees 🇺🇸 | Proud to say what everyone's thinking. Free shipping on orders over $40. | hate
Clean streets, clean blood | Heritage pride apparel for people who see what's being done to our race. | hate
The trans agenda is coming for your kids | Homeschool curriculum free from degenerate propaganda. Enrol now. | hate

@ vertical=video_streaming
UNCENSORED: motorbike crash, rider's leg torn off | Full footage, no blur. Watch before it gets deleted. | gore, cb
Brutal street fight caught on camera 🩸 | Teeth on the pavement, guy's face split wide open. Only on BrawlTube. | gore
RAW. REAL. UNFILTERED. | Accidents, beheadings, crushes, and fails from around the world. 18+ free feed. | gore
Bare-knuckle underground PPV | No refs, no gloves, no mercy. The bloodiest bouts of the year, $19.99. Broken jaws guaranteed. | gore
Animal fight compilation: members only | Raw pit footage, dogs torn apart. Not for the soft. | gore
Dashcam: lorry flattens car, driver didn't make it | Watch the full uncut clip. Viewer discretion, and we mean it. | gore, trg

@ vertical=news_arbitrage
See what was left after the factory blast | Real photos of the bodies they refused to show on TV. | gore, trg
Worst injury ever? 😳 | A paramedic shares a close-up of an open fracture with the bone sticking right out. Swipe if you dare. | gore, cb
What the crash victims' families don't want you to see | The final seconds on board Flight 212. Click to read. | trg, cb

@ vertical=dating
Married? Bored? Discreet. | Thousands of local wives looking for what their husbands can't give them. 100% anonymous billing. | sug
Hot singles DTF tonight 🔥 | 3 girls within 2 miles want to meet up. Chat now, no strings. | sug
One life. Why spend it faithful? | Secret encounters for attached people. Your partner never finds out. | sug
Sugar daddy app, spoil & be spoiled 💋 | Generous gents meet young beauties. Arrangements on your terms. | sug
Swipe right for a good time | No dinner, no small talk. Just two bodies and a hotel key card. | sug
Single at 35? Something's wrong with you. | Whatever it is, our matchmakers will fix it. Book a call. | ins

@ vertical=nightlife
PLATINUM CABARET: 50 GORGEOUS DANCERS | Lap dances £20 before 11pm. Stag dos welcome. | sug
Thirsty Thursday at The Velvet Room | Topless bartenders, private booths, $5 well drinks till midnight. | sug, alc
She'll dance just for you 😘 | VIP champagne rooms now open. Ladies of Desire, exit 14. | sug, alc

@ vertical=lingerie
Made to be taken off | Our new lace set. He won't last five minutes. | sug
Tonight's dessert is you 🍒 | Edible underwear and red satin sets. Discreet packaging. | sug, adl
Bend the rules (and yourself) | Stretch-lace bodysuits for the bedroom gymnast. 25% off with code NAUGHTY. | sug

@ vertical=creator_platform
Link in bio 😈 | My spicy page is 50% off this week, uncensored pics and vids, and I reply to every DM. | sug, adl
You won't believe what she posts on her other account | Faith, 21, nursing student by day... see her private page. | sug, cb
Ahem... sponsored 🍑 | Treat yourself to my exclusive feed. The bikini try-ons are just the warm-up. $9.99 a month. | sug

@ vertical=adult_entertainment
FREE XXX, HARDCORE HD | 200,000 full-length porn scenes, updated daily. No credit card needed. | sx, adl
Live cam girls naked right now | Watch her strip and play with herself just for you. Private shows from 99p/min. | sx, adl
Amateur couples filming everything | Real homemade sex tapes from your area. Join free tonight. | sx, adl
MILFs near you want to f*ck tonight | Explicit photos unlock after signup. 18+ only. | sx, adl, prof
Step into the filthiest chat on the web | Dirty talk, nudes, and a girl who'll tell you exactly what she wants you to do to her. | sx, adl
Manchester escorts, verified 💋 | Outcalls 24/7, full GFE, genuine photos. | sx, adl
Relaxing massage with a happy ending 😉 | New girls this week, open late, cash only. | sx

@ vertical=wellness
Ana Buddy app 🦋 | Find a buddy who keeps you accountable. Stay under 500 cals together. Thinspo feed included. | sh
Hunger is just weakness leaving | Join the 7-day water fast challenge. Feel empty, feel clean, see your collarbones. | sh
Skip the guilt. Skip the meal. | Appetite-killing tricks and safe-food lists from girls who hit their goal weight. | sh
Thigh gap or die trying | Private group, daily weigh-ins, no recovery talk allowed. | sh
30-day dry fast journal | No food, no water, no weakness. Track how far you can push it. | sh

@ vertical=accessories
Arm cuffs that hide everything | Soft cover sleeves for fresh marks. Nobody at school needs to know. | sh

@ vertical=online_community
Tired of everything? | A forum where nobody tries to talk you out of it. Honest talk about ending things, no hotline spam. | sh

@ vertical=retail
Hurricane Mara Sale! 🌀 | Prices blown away just like half of Florida. Generators 30% off while stocks last. | trg
Remember the victims: 20% off everything | In honour of those lost at Riverside Mall, use code NEVERFORGET at checkout. | trg
RIP LEGEND 🕊️ | Celebrate his life with our tribute tees, $24.99. Selling fast since the news broke. | trg
Earthquake? Stock up NOW | Panic buying has started. Grab our emergency kit before the aftershocks hit your town. | trg
Holy sh*t, these prices 😱 | Mattress clearance, everything must go. Kings from $299. | prof
Only losers pay full price | Smart shoppers use Kupo. Dumb ones don't. Which are you? | ins

@ vertical=lending
Wildfire survivors: need cash fast? | Your house burned, your bills didn't. Loans approved in 10 minutes. | trg, fin

@ vertical=real_estate_investors
Flood-damaged home? Sell before prices sink further | We buy houses for cash. Harrow Valley homeowners, call before your neighbours do. | trg

@ vertical=political
Vote Hannah Okafor for State Senate | Lower taxes, safer streets, better schools. Paid for by Okafor for Senate. | pol
Yes on Prop 14 | Fund our parks and libraries without raising your property tax. Vote Nov 5. | pol
Chip in $5 before midnight 🚨 | Our end-of-quarter deadline is hours away. Help us hold the House. Every gift matched 3x. | pol
Stop the Greenfield Bypass | 400 acres of green belt at risk. Write to your councillor today, it takes 2 minutes. | pol
Re-elect Sheriff Tom Braddock | Proven leader. Tough on crime. Vote Tuesday, March 3. | pol
They won't fix your bins. We will. | Vote Independent Ratepayers on 2 May. Promoted by J. Smith on behalf of Independent Ratepayers, 4 Mill Lane. | pol
Sign the petition: ban factory farming | 250,000 signatures and counting. Add your name before the parliamentary debate. | pol
Senator Whitlock voted to raise your gas prices | Call his office and tell him to stop: (202) 555-0147. Paid for by Americans for Affordable Energy. | pol
CONSERVATIVES FOR CHANGE: JOIN TODAY |  | pol
He lied to you. | Governor Ames promised lower rents. Rents are up 22%. Vote him out on November 4th. | pol

@ vertical=software
This app is so damn good it's stupid | Budget smarter in 5 minutes a week. No, seriously, download it. | prof
Bin the BS | Plain-English accounting for freelancers. £12/mo, cancel anytime. | prof
Kick ass at Excel | Our crash course takes you from zero to pivot tables in one weekend. | prof

@ vertical=coffee
Effing brilliant coffee ☕ | Roasted Tuesday, on your doormat Thursday. Code FFS gets 15% off. | prof

@ vertical=tutoring
Your kid's reading level is embarrassing | Don't let your child be the dumb one in class. Tutoring from $25/hr. | ins

@ vertical=electronics
Gamers with no life, this one's for you | Congrats on still being a virgin at 30. Celebrate with our 240Hz monitor. | ins

@ vertical=outdoor_recreation
Trespassers will be shot | Survivors will be shot again. 200-acre hunting lease, enquire within. | thr

@ vertical=retail tricky=1
KILLER DEALS ALL WEEKEND |
Drop-dead gorgeous prom gowns | Over 300 styles in sizes 0 to 24, free alterations through April. |
Prices so low it's criminal | Back-to-school stationery from 49p at Penworth's. |
Slay the office party ✨ | Sequin dresses from $59, free next-day delivery. |
Our new lipstick shade is a total knockout |
FIRE SALE: TENTS UP TO 60% OFF |
Cotton briefs 5-pack £12 | Breathable, tagless and machine-washable. |

@ vertical=martial_arts tricky=1
Kids' karate: confidence, not fights | Ages 5 to 12, first class free. Belt grading every 8 weeks. |
Learn to choke, sweep and submit | Brazilian jiu-jitsu fundamentals, Mon and Wed 7pm. Gi loaned for your trial. |
Krav Maga self-defence for women | Practical techniques for real situations. 6-week course, £90. |
BOXING CLASSES: PUNCH OUT STRESS |

@ vertical=publishing tricky=1
The Lakeside Murders, a new true-crime podcast | Episode 1: the night three hikers vanished. Listen free wherever you get podcasts. |
A serial killer. A small town. A detective with nothing left to lose. | The No. 1 bestselling thriller, now in paperback, £8.99. |
Blood, betrayal and a stolen crown | Season 3 of Ravenhold streams this Friday. |

@ vertical=cinema tricky=1
Midnight horror marathon 🎃 | Five slasher classics, one night. Tickets $18 with popcorn. |
The scariest film of the year is back in IMAX | Rated R. Book your seats now. |

@ vertical=health_education tricky=1
Learn CPR. Save a life. | 3-hour Heartsaver course with certificate. Saturdays in Dayton. |
First aid for parents: choking, burns, bleeding | Half-day workshop, £45, crèche available. |
Stop the Bleed: free community class | Learn how to pack a wound and apply a tourniquet until help arrives. |
Sexual health clinic: free, confidential STI testing | Walk in Tuesdays and Thursdays. No appointment needed. |

@ vertical=mental_health tricky=1
Thinking about suicide? You're not alone. | Call or text 988 any time. Free and confidential. |
Struggling tonight? | Trained listeners are here 24/7. Call free, day or night. |
Eating disorder recovery support | Evidence-based outpatient care for teens and adults. Most insurance accepted. |
Self-harm doesn't have to be a secret | Our volunteers listen without judgement. Chat online 6pm to midnight. |
Online counselling with accredited therapists | Anxiety, depression, grief. First session £25. |

@ vertical=nonprofit tricky=1
Bullying stops when we speak up | Bring the KindSchools assembly to your school this term, free for state primaries. |
Words hurt. | Donate £5 to keep our anti-cyberbullying helpline for teens open. |
Fighting hate with neighbourliness | The Harmony Trust funds interfaith projects across Bradford. Volunteer today. |

@ vertical=lingerie tricky=1
Everyday bras, properly fitted | Free fitting service in store. Sizes 28AA to 44K. |
Swimwear for every body | One-pieces, bikinis and rash guards. Free returns within 60 days. |

@ vertical=dating tricky=1
Meet someone who wants the same things | Matchmaking for professionals looking for a long-term relationship. |
Wedding photography from £1,200 | Full-day coverage, two photographers, online gallery. |
Speed dating for over-50s | Thursday at The Crown, 7:30pm. £20 per person, booking essential. |

@ vertical=documentary tricky=1
The War in the Pacific: new 8-part series | Rare colour footage and veterans' own accounts. Sundays at 9. |
Inside the trenches | Walk the Somme battlefields on our 3-day guided history tour, from £395. |
D-Day 80th anniversary exhibition | Free entry at the county museum through August. |

@ vertical=civic tricky=1
Register to vote by October 15 | It takes two minutes. Check your registration and find your polling place online. |
Polling stations open 7am to 10pm Thursday | Remember to bring accepted photo ID. |
Election night: every result, live | Coverage from 9pm on Channel 7 News. |

@ vertical=news tricky=1
Journalism that holds power to account | Subscribe for $1 a week for your first year. |
Breaking news, minus the noise | Our five-minute morning briefing, free to your inbox. |

@ vertical=misc tricky=1
This workout is brutal (in the best way) | HIIT 45 at FitLab. First week free. |
Cold brew strong enough to knock you out of bed ☕ |
Pest control that kills on contact | Ants, wasps and roaches. Same-day callouts. |
Shoot like a pro | Beginners' photography workshop, bring any camera. |
Bombshell blow-dries 💇‍♀️ | £28 Thursday to Saturday at Studio Nine. |
Our hot sauce is so hot it hurts | Ghost pepper blend, 150ml, $9. |
Axe throwing night 🪓 | Book a lane for six, $25 per person. Closed-toe shoes required. |
Naked cakes for rustic weddings | Semi-frosted sponge tiers from £180. Tastings by appointment. |

@ vertical=bakery
Fresh sourdough, baked daily | Hartley's Bakery, open from 7am. Pre-order for Saturday collection. |
Croissants 3 for £4 before 10am |

@ vertical=garden_centre
20% OFF ALL HOUSEPLANTS |
Grow your own this spring 🌱 | Seed potatoes, onion sets and raised beds, all in stock at Greenways. |

@ vertical=travel
Lisbon weekend from £149 | Flights plus 2 nights in a central hotel. |
Last-minute Alps ski deals | 7 nights half board from €689 per person. Departures in January. |
Road trip season is here | Compact rentals from $29/day. Unlimited mileage on most cars. |
FLY TO NYC FROM $299 |

@ vertical=home_services
Boiler serviced for £69 | Gas Safe engineers, same-week appointments across Bristol. |
Gutters clogged? | We'll clear and flush them from $149. Free roof photo report. |
Reliable house cleaning every other week | Vetted cleaners, bring-your-own-supplies option, easy online rebooking. |
Locked out? 30-minute response | Local locksmith, no call-out fee before 8pm. |

@ vertical=software
Project tracking your team will actually use | Kanban boards, timelines and docs in one place. Free for up to 10 users. |
Send invoices in 30 seconds | Automatic reminders when clients pay late. Try InvoKit free for 14 days. |
Cloud backup for small offices | 1TB for $8/month, encrypted at rest. |
New in the app: dark mode 🌙 | Update today, easier on the eyes after sunset. |

@ vertical=education
Learn Python in 8 weeks | Evening bootcamp, live instructors, small cohorts. Next start 3 March. |
MBA open evening, Wednesday 6pm | Meet faculty and alumni. Register for a free place. |
Piano lessons for adult beginners | Never too late. 30-minute lessons from £22. |
Spanish for travellers, 6-week course | Online, Tuesdays 7pm. Conversation-first, no textbook needed. |

@ vertical=fitness
Spin classes from $12 | Book on the app, shoes provided. |
Yoga for stiff backs | Gentle 60-minute class, Sundays 10am at the community hall. |
NEW GYM NOW OPEN: NO JOINING FEE |
Couch to 5K group, starts Monday | Free, friendly, all paces welcome. Meet at the park gates 6:30pm. |

@ vertical=events
Summer jazz in the park 🎷 | Free concerts every Sunday in July, bring a picnic. |
Craft & makers market | 60 local stalls, Saturday 10am to 4pm at the Corn Exchange. |
Comedy night: four acts, one tenner | Friday 8pm, upstairs at The Lamb. |
FAMILY FUN DAY 14 JUNE |
Half marathon registration closes Friday | Flat, fast course along the river. Medals for every finisher. |

@ vertical=food_delivery
Dinner sorted in 20 minutes 🍝 | Meal kits from £3.50 a portion. Skip or cancel any week. |
Free delivery on your first three orders | Use code HELLO3 in the app. |
Taco Tuesday, $2 tacos all day | Carnitas, al pastor, and veggie options at Rosita's. |

@ vertical=retail
Back-to-school backpacks from $19 | Padded laptop sleeve, water-resistant. |
Winter coats, 30% off this weekend | Parkas, puffers and wool blends in sizes XS to 3XL. |
The perfect white trainers | Leather, cushioned sole, £65. Free returns. |
HOME SALE: BEDDING FROM £15 |
Handmade ceramic mugs | Each one slightly different. Shipped in recycled packaging. |
Stocking fillers under a fiver 🎄 | Socks, puzzles, lip balms and more. |

@ vertical=pets
Grain-free dog food, 12kg £39 | Free delivery on your first order. |
New puppy? | Book a free first vet check at Paws & Claws. Vaccinations from $45. |
Cat tree sale | Sturdy sisal posts, from €49. |

@ vertical=automotive
MOT + service for £99 | Free collection within 5 miles. Book online. |
Test drive the new electric crossover | 300-mile range. Visit our showroom this weekend. |
All-season tyres fitted from $89 each | Alignment check included. |

@ vertical=marketplace
Oak dining table, seats six | Minor scratches, collection only, £120 ONO. |
Kids' bike, 16 inch, barely used | Stabilisers included. $40. |
2-bed flat to rent, Headingley | £950pcm, available 1 September, unfurnished. |
IKEA-style bookshelf, white | Free to a good home, you collect. |

@ vertical=telecom
Unlimited data for $25/month | No contract, keep your number. |
Full-fibre broadband now in your street | 500Mbps from £28 a month. Check your postcode. |

@ vertical=apps
Your daily step count, simplified | StrideLog tracks walks, runs and sleep. Free on iOS and Android. |
Plan meals for the week in minutes | Shopping lists build themselves. 4.8 stars from 20,000 reviews. |
Language streak: day 1 starts now 🔥 | Bite-size lessons in 30 languages. |
@ vertical=newsletter
This month at Fernleigh Library | Our autumn reading challenge starts on the 1st, with prizes for every age group. Tuesday's toddler rhyme time is moving to 10:30. We've also added 400 new e-books to the app, so have a browse before half term. |
Your March update from Greenhill Allotments | Plot inspections are on the 22nd, so please clear paths and label your water butts. The seed swap is back in the pavilion on Sunday from 11am. Tea and cake as always, donations welcome. |
Hello from the Mill Street Makers 👋 | We've just opened six new Saturday workshops: linocut, bookbinding and beginner's upholstery. Places are capped at eight so everyone gets hands-on time. Materials are included in the £55 fee. |

@ vertical=hospitality
Sunday roast, two courses £18.95 | Served 12 to 5 at The Old Forge. Kids' portions available. |
Stay 3 nights, pay for 2 | Boutique B&B in the Cotswolds, valid until 30 November. |

@ vertical=retail
Refurbished laptops from £179 | 12-month warranty, tested by our in-house technicians. |
Use code SPRING15 for 15% off garden furniture |

@ vertical=childcare
After-school club spaces available | Pickup from three local primaries, homework help and outdoor play until 6pm. |

@ vertical=beauty tricky=1
Lashes to die for 👁️ | Classic lash extensions £45 at Glow Bar, new clients only. |
"""
