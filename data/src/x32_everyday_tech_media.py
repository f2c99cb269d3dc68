# Second batch (x*), plain compliant: electronics, telecom, software and
# B2B, marketing, mobile apps, gaming, entertainment, music, books.
DATA = r"""
@ vertical=electronics lang=en
E-Ink Tablet for Handwritten Notes | Paper-like screen, no glare, converts handwriting to text. $379.
Label Printer for Pantry Jars | Bluetooth thermal printer, 40 fonts, prints on clear labels.
Film Scanner for Old Negatives | Digitise 35 mm and slides at 22 MP. Weekend rental $25.
Refurbished Laptops for Students | Graded A, new battery, 1-year warranty. From $229.
Baby Monitor Without the Cloud | Local-only video that never leaves your house. Two cameras.
Lost Signal on the Ridge? | Satellite messenger that texts from anywhere, SOS button included. Plans from $12 a month.
Turntable With Built-In Preamp | Plug straight into powered speakers. Belt drive, $199.
Keep the CPAP Running Off-Grid | Quiet 300 Wh battery sized for one night of sleep therapy at the campsite.
Screen Repair for Game Consoles | Handheld screens and joystick drift fixed in a day.
TV Wall Mount Installation | Any size, cables hidden in the wall. Flat fee $129.
Hearing-Friendly TV Speaker | Makes dialogue clearer without blasting the volume.
Dashcam With Parking Mode | Front and rear 2K cameras, records bumps while parked.
@ vertical=telecom lang=en
Fibre Arrives on Birch Lane | Sign up before installation day and the connection fee is waived.
Grandad Wants a Smartphone | Pre-set home screen, big icons and a help line staffed by humans. $15 a month plan.
Family Plan With Four Lines | $25 a line for unlimited data. Kids' lines include content filters.
Rural Internet via Fixed Wireless | 100 Mbps to farms and cabins where cable doesn't reach.
eSIM for Travellers | Data in 120 countries, activate before you fly. From $5.
Bring Your Own Phone | Keep your number and your handset, switch in 10 minutes.
@ vertical=software_saas lang=en
Scheduling Software for Dental Offices | Online booking, SMS reminders and waitlists. 30-day trial.
Sunday Slides, Sorted | Lyrics and sermon slides that sync to the worship band's set list. Free for small congregations.
Inventory App for Food Trucks | Count stock from your phone, reorder with one tap.
Grant Tracking for Nonprofits | Deadlines, reports and budgets in one dashboard.
Field Service App for Plumbers | Quotes, invoices and job photos from the van.
Translation Memory for Freelancers | Reuse your past translations and glossaries. $12 a month.
Password Manager for Families | Share the Netflix login without texting it. Six users, $5 a month.
Help Desk for Small Schools | Ticketing for IT requests from teachers. Free under 50 staff.
Volunteer Scheduling Tool | Shifts, reminders and sign-up links for events of any size.
Construction Punch-List App | Pin issues on floor plans, assign trades, close them out.
@ vertical=b2b lang=en
Commercial Cleaning for Clinics | Infection-control trained crews, nightly or weekly.
Pallet Racking Inspections | Annual inspections and repairs to keep your warehouse compliant.
Office Fruit Bowls, Delivered Mondays | Seasonal fruit for teams of 10 to 500. Cancel with a week's notice.
Trade Show Booth Rental | Modular 10x10 booths shipped to any venue, set up included.
Uniform Embroidery | Your logo on polos, caps and fleeces. No minimum order.
Corporate First-Aid Training | On-site courses for 6 to 12 staff. Certificates same day.
Translation for Legal Documents | Certified translators in 40 languages. Quotes in 2 hours.
Arc Flash Signage Audit | We survey your panels and print compliant warning labels in one visit.
Shredding Service, On-Site | Locked bins and a shred truck at your door. Certificate of destruction.
@ vertical=marketing lang=en
Local SEO for Dentists | Rank in the map pack for your town. Monthly reports, no contracts.
Menu Photography for Restaurants | 20 dishes shot in one afternoon. Delivered in 3 days.
Podcast Editing Service | Clean audio, show notes and clips. $90 an episode.
Brand Workshop for Small Businesses | A half-day session to sharpen your message. Six seats.
Email Newsletter Design | Templates that look right in every inbox. Fixed price.
@ vertical=mobile_apps lang=en
Plant Care Reminders | Snap a photo, get a watering schedule for every plant you own.
Bird Song Identifier | Hold up your phone and see which birds are singing. Free, works offline.
Carpool App for School Runs | Coordinate pick-ups with other parents. Free.
Did Mum Take Her Tablets? | Smart pill box that texts you if a dose is missed. No subscription.
Sign Language Lessons | Learn ASL with native signers, 10 minutes a day.
Shared Grocery List | Everyone in the house adds items, the list sorts by aisle.
Sleep Sounds Without Ads | Rain, fans and brown noise. One-time purchase $3.99.
Parking Finder | See open spots and pay from the app in 300 cities.
Recipe Scaler | Doubles or halves any recipe and converts units.
Period Tracker That Stays on Your Phone | No account needed, data never leaves the device.
@ vertical=gaming lang=en
Lighthouse Keeper Simulator | Trim wicks, log ships and watch storms roll in. Relaxing, out Friday on PC.
Retro Console Repair | Capacitor replacement and cleaning for 80s and 90s consoles.
Learn-to-Play Nights for Big Board Games | Our game guru teaches a heavy euro game every Wednesday. $6 seat.
Chess Puzzles Daily | One new puzzle every morning, graded to your level. Free.
Cozy Fishing Game | Catch 200 species, decorate your cabin, no timers.
Game Night Box | Three party games for 4-10 players in one box. $39.
Accessibility Controller | Customisable buttons for players with limited mobility.
@ vertical=entertainment lang=en
Outdoor Cinema in the Botanic Garden | Classic films on Friday evenings in July. Bring a blanket.
Improv Class for Nervous People | Low-pressure games that build confidence. 6 weeks, $120.
Magic Show for Birthday Parties | 45 minutes of close-up tricks for ages 5-10.
Planetarium Late Night | Star shows for adults, Fridays at 8.
Puppet Theatre Matinee | The Three Little Pigs with hand-carved puppets. Ages 3+.
Drive-In Movie Night | Double feature on Saturday. $25 per car.
Museum Sleepover for Kids | Flashlight tours and sleeping bags among the dinosaurs.
Silent Book Club | Bring a book, read quietly for an hour, then chat. Free, monthly.
@ vertical=music lang=en
Piano Lessons for Adult Beginners | Learn songs you actually like. First lesson half price.
Guitar Setup and Restring | Action, intonation and new strings for $55.
Community Choir, No Auditions | Sing pop and folk songs together on Mondays.
Drum Lessons With Electronic Kits | Headphone practice rooms, so neighbours stay happy.
Vinyl Record Fair | 60 dealers, thousands of records. Sunday at the Armory.
Music Therapy for Toddlers | Sing, shake and dance sessions. Siblings welcome.
@ vertical=books_media lang=en
Audiobook Subscription | One audiobook a month plus unlimited podcasts. $9.99.
Local History Book Launch | Meet the author of 'Streets of Old Harlow' at the library.
Used Textbooks, Buy and Sell | Get cash for last term's books. Campus pickup.
Kids' Magazine About Nature | Ten issues a year, no ads, for ages 6-10.
Large-Print Book Club | Monthly picks in large-print editions. Meets at the senior centre.
"""
